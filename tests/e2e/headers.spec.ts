import { expect, test, type APIRequestContext } from '@playwright/test';
import { scoreHeaders } from './observatory';
import { e2eServer, serverNegotiates } from './servers';
import { getSitePages, missingPages } from '@/lib/site-pages';

/*
 * What every server says about each response: strict security headers (an
 * MDN Observatory A+), caching a CDN can use, answers to conditional
 * requests, and the same rules for methods, odd paths and trailing slashes.
 * Runs against each server (E2E_SERVER); they serve one manifest's rules.
 */

const sitePages = await getSitePages();

/** The stylesheet, script and first image the front page loads: fingerprinted or not, as published. */
async function assetsOf(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const find = (pattern: RegExp) => pattern.exec(html)?.[1] ?? '';
  return {
    stylesheet: find(/<link rel="stylesheet" href="([^"]+)"/),
    script: find(/<script type="module" src="([^"]+)"/),
    image: find(/<img[^>]*\ssrc="([^"]+)"/),
  };
}

test.describe(`headers from ${e2eServer}`, () => {
  const addresses = [
    ...sitePages.map((page) => page.path),
    ...missingPages.map((page) => page.path),
    '/zh/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
  ];

  test('every response scores A+ on the MDN HTTP Observatory, with a strict Content-Security-Policy', async ({
    request,
  }) => {
    const failures: string[] = [];
    for (const address of addresses) {
      const response = await request.get(address);
      const headers = response.headers();
      const { score, grade, tests } = scoreHeaders(headers);
      if (grade !== 'A+') failures.push(`${address}: ${grade} (${score}) ${JSON.stringify(tests)}`);
      const csp = headers['content-security-policy'] ?? '';
      for (const required of ["object-src 'none'", 'base-uri', "form-action 'self'", "frame-ancestors 'none'"]) {
        if (!csp.includes(required)) failures.push(`${address}: the CSP lacks ${required}`);
      }
      if (/'unsafe-inline'|'unsafe-eval'/.test(/script-src[^;]*/.exec(csp)?.[0] ?? '')) {
        failures.push(`${address}: the CSP allows unsafe scripts`);
      }
      if (headers['x-powered-by']) failures.push(`${address}: X-Powered-By: ${headers['x-powered-by']}`);
      const hsts = Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1] ?? 0);
      if (hsts < 31_536_000) failures.push(`${address}: HSTS max-age ${hsts} is under a year`);
      if (headers['cross-origin-opener-policy'] !== 'same-origin') failures.push(`${address}: no COOP same-origin`);
      if (!headers['permissions-policy']?.includes('camera=()')) failures.push(`${address}: no Permissions-Policy`);
    }
    expect(failures).toEqual([]);
  });

  test('fingerprinted files are cached for a year; pages, feeds and the sitemap briefly, then revalidated', async ({
    request,
  }) => {
    const { stylesheet, script, image } = await assetsOf(request, '/zh/labs');
    for (const asset of [stylesheet, script]) {
      expect(asset, 'a fingerprinted asset').toMatch(/^\/(_next\/static|js)\//);
      const cache = (await request.get(asset)).headers()['cache-control'] ?? '';
      expect(cache, asset).toContain('max-age=31536000');
      expect(cache, asset).toContain('immutable');
    }
    expect((await request.get(image)).headers()['cache-control'] ?? '', image).toMatch(/max-age=\d+/);
    for (const address of ['/zh/labs', '/en', '/zh/feed.xml', '/sitemap.xml']) {
      const cache = (await request.get(address)).headers()['cache-control'] ?? '';
      const maxAge = Number(/max-age=(\d+)/.exec(cache)?.[1] ?? Infinity);
      expect(maxAge, `${address}: ${cache}`).toBeLessThanOrEqual(600);
      expect(cache, address).toContain('must-revalidate');
    }
  });

  test('a page asked for again with its ETag or Last-Modified answers 304 Not Modified', async ({ request }) => {
    const first = await request.get('/en/labs');
    const etag = first.headers()['etag'];
    const lastModified = first.headers()['last-modified'];
    expect(etag, 'ETag').toBeTruthy();
    expect((await request.get('/en/labs', { headers: { 'if-none-match': etag ?? '' } })).status()).toBe(304);
    test.skip(!lastModified, `${e2eServer} validates by ETag only`);
    expect((await request.get('/en/labs', { headers: { 'if-modified-since': lastModified ?? '' } })).status()).toBe(
      304,
    );
  });

  test('a trailing slash redirects to the canonical address', async ({ request }) => {
    for (const page of sitePages.filter((each) => each.path !== '/').slice(0, 6)) {
      const response = await request.get(`${page.path}/`, { maxRedirects: 0 });
      expect([301, 308], page.path).toContain(response.status());
      expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe(page.path);
    }
  });

  test('methods other than GET and HEAD get 405, and HEAD answers like GET without a body', async ({ request }) => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await request.fetch('/en/labs', { method });
      expect(response.status(), method).toBe(405);
    }
    const head = await request.head('/en/labs');
    expect(head.status()).toBe(200);
    expect(await head.text()).toBe('');
  });

  test('undecodable and hostile paths get a 4xx, never a 5xx', async ({ request }) => {
    test.skip(!serverNegotiates, 'a CDN answers malformed paths by its own rules');
    for (const path of [
      '/en/%zz',
      '/en/%C0%AF',
      '/en/%00',
      '/en/..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeGreaterThanOrEqual(400);
      expect(response.status(), path).toBeLessThan(500);
      expect(await response.text(), path).not.toContain('root:');
    }
  });
});

test.describe('no framework runtime', () => {
  test('pages load only our own module script and no framework code, payload or preload', async ({ request }) => {
    const offenders: string[] = [];
    for (const page of sitePages) {
      const html = await (await request.get(page.path)).text();
      for (const pattern of [
        /_next\/static\/chunks\/[^"]+\.js/,
        /__next_f/,
        /TURBOPACK/,
        /rel="(?:modulepreload|preload)"[^>]*as="script"/,
      ]) {
        if (pattern.test(html)) offenders.push(`${page.path}: ${pattern}`);
      }
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '');
      for (const attributes of scripts) {
        if (
          !/type="application\/ld\+json"/.test(attributes) &&
          !/type="module" src="\/js\/site\.[0-9a-f]+\.js"/.test(attributes)
        ) {
          offenders.push(`${page.path}: <script${attributes}>`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
