import { createServer } from 'node:http';
import path from 'node:path';
import { createSiteHandler } from '@/lib/publication/static-server';

/*
 * `npm start`: serves the publication in `out/` on PORT (default 3000) with
 * the headers, redirects, 404s and negotiation the build described
 * (lib/publication/static-server.ts). What a developer tries here is what
 * nginx and the CDN serve.
 */
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const siteLink = path.resolve(process.env.SITE_DIR ?? 'out');

const server = createServer(createSiteHandler(siteLink));
// No 'upgrade' listener: a WebSocket upgrade is answered as the plain request it also is, as nginx does.
// A request Node cannot parse: 431 for headers past its limit, 400 for the rest; never a dropped socket or a 5xx.
server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
  if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
});
server.listen(port, host, () => {
  console.log(
    `serve: ${path.relative(process.cwd(), siteLink) || siteLink}/ on http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
