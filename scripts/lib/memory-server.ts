import { createServer } from 'node:http';

/**
 * The baseline of the load benchmark: a Node HTTP server that answers with
 * bytes already in memory, the least any Node server can do per request.
 * Started as a child process by scripts/bench-load.ts, which sends the
 * responses to serve and is told the port once it listens (loopback only).
 */

export interface MemoryResponse {
  path: string;
  contentType: string;
  /** Base64, to cross the process boundary intact. */
  body: string;
}

process.once('message', (message: { responses: MemoryResponse[] }) => {
  const responses = new Map(
    message.responses.map((response) => [
      response.path,
      { contentType: response.contentType, body: Buffer.from(response.body, 'base64') },
    ]),
  );
  const server = createServer((request, reply) => {
    const found = responses.get(request.url ?? '');
    if (!found) {
      reply.writeHead(404).end();
      return;
    }
    reply
      .writeHead(200, { 'content-type': found.contentType, 'content-length': found.body.byteLength })
      .end(found.body);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
});
