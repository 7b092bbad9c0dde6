import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback server in front of the site that answers one address with another page at status 200. */
export interface FloorProxy {
  origin: string;
  /** The address that serves the floor page with status 200. */
  floorPath: string;
  stop: () => Promise<void>;
}

/**
 * Lighthouse refuses to audit a page that answers 404, yet the site's
 * not-found page is the framework's floor: the layout and the runtime, none of
 * the article. This proxy passes every request through to the site unchanged
 * (headers, compression and all) and serves `floorSource` at `floorPath` with
 * status 200, so the floor can be measured like any page, in the same build.
 */
export async function startFloorProxy(siteOrigin: string, floorSource: string): Promise<FloorProxy> {
  const site = new URL(siteOrigin);
  const floorPath = '/__framework-floor';
  const server = createServer((incoming, outgoing) => {
    const isFloor = incoming.url === floorPath;
    const upstream = request(
      {
        host: site.hostname,
        port: site.port,
        path: isFloor ? floorSource : incoming.url,
        method: incoming.method,
        headers: { ...incoming.headers, host: site.host },
      },
      (response) => {
        outgoing.writeHead(isFloor ? 200 : (response.statusCode ?? 502), response.headers);
        response.pipe(outgoing);
      },
    );
    upstream.on('error', (error) => outgoing.destroy(error));
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    floorPath,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
