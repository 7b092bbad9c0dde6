import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { e2eServer, serverNegotiates } from './servers';

/*
 * Requests an attacker sends, written byte for byte on a socket (an HTTP
 * client would tidy them first): each server answers with a 4xx, or a
 * redirect to the canonical address, and never with a 5xx, a stack trace or
 * a file from outside the site. Runs against npm start and nginx; a CDN
 * answers malformed requests by its own rules.
 */

interface RawResponse {
  status: number;
  head: string;
  body: string;
}

/** Sends one raw HTTP/1.1 request and reads the whole answer (the server closes the connection). */
function send(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, body: rest.join('\r\n\r\n') });
    });
    socket.write(request);
  });
}

const get = (target: string, headers: string[] = []) =>
  [`GET ${target} HTTP/1.1`, 'Host: localhost', 'Connection: close', ...headers, '', ''].join('\r\n');

const hostile: [string, string, 'refused' | 'redirected' | 'answered'][] = [
  ['traversal', get('/../../../../etc/passwd'), 'refused'],
  ['encoded traversal', get('/%2e%2e/%2e%2e/%2e%2e/etc/passwd'), 'refused'],
  ['traversal inside a language', get('/zh/..%2f..%2f..%2fetc%2fpasswd'), 'refused'],
  ['a backslash', get('/zh/..\\..\\etc\\passwd'), 'refused'],
  ['malformed percent-encoding', get('/zh/%zz%'), 'refused'],
  ['overlong UTF-8', get('/zh/%C0%AF%C0%AFetc/passwd'), 'refused'],
  ['a NUL', get('/zh/labs%00.html'), 'refused'],
  ['a very long address', get(`/zh/${'a'.repeat(12_000)}`), 'refused'],
  ['an address past every header limit', get(`/zh/${'a'.repeat(70_000)}`), 'refused'],
  ['a huge header', get('/zh', [`Cookie: ${'a'.repeat(70_000)}`]), 'refused'],
  ['Next’s RSC payload suffix', get('/zh/labs.rsc'), 'refused'],
  ['Next’s payload file', get('/zh/labs.txt'), 'refused'],
  ['Next’s segment payload', get('/zh/labs/__next._tree.txt'), 'refused'],
  ['Next’s data route', get('/_next/data/build/zh/labs.json'), 'refused'],
  ['the publication manifest', get('/publication.json'), 'refused'],
  ['the CDN’s own files', get('/_headers'), 'refused'],
  ['a dotfile', get('/.env'), 'refused'],
  [
    'Next’s internal headers',
    get('/zh/labs', ['RSC: 1', 'Next-Router-Prefetch: 1', 'x-middleware-subrequest: 1']),
    'answered',
  ],
  [
    'a malformed Accept-Language',
    get('/', ['Accept-Language: ;;;,,q=abc,zh-TW;q=2,*;q=-1,' + 'x'.repeat(4000)]),
    'redirected',
  ],
  [
    'a WebSocket upgrade',
    get('/zh', [
      'Upgrade: websocket',
      'Connection: Upgrade',
      'Sec-WebSocket-Version: 13',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    ]),
    'answered',
  ],
  ...['TRACE', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'FOO'].map(
    (method): [string, string, 'refused'] => [
      `the method ${method}`,
      [`${method} /zh/labs HTTP/1.1`, 'Host: localhost', 'Connection: close', 'Content-Length: 0', '', ''].join('\r\n'),
      'refused',
    ],
  ),
  ['no Host header', ['GET /zh HTTP/1.1', 'Connection: close', '', ''].join('\r\n'), 'refused'],
  ['garbage for a request line', 'GARBAGE\r\n\r\n', 'refused'],
];

test.describe(`hostile requests to ${e2eServer}`, () => {
  test.skip(!serverNegotiates, 'a CDN answers malformed requests by its own rules');

  for (const [name, request, expected] of hostile) {
    test(`${name}: ${expected}, never a 5xx`, async ({ baseURL }) => {
      const response = await send(Number(new URL(baseURL as string).port), request);
      expect(response.status, response.head).toBeGreaterThanOrEqual(200);
      expect(response.status, response.head).toBeLessThan(500);
      expect(response.body, 'no file from outside the site').not.toMatch(/root:.*:0:0:/);
      expect(response.body, 'no stack trace').not.toMatch(/\bat .+:\d+:\d+\)|node:internal|Error: /);
      if (expected === 'refused') expect(response.status, response.head).toBeGreaterThanOrEqual(400);
      if (expected === 'redirected') expect([301, 302, 307, 308], response.head).toContain(response.status);
      if (expected === 'answered') expect(response.status, response.head).toBe(200);
    });
  }
});
