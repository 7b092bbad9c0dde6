import { describe, expect, it } from 'vitest';
import { renderHeadersFile, renderRedirectsFile } from '@/lib/publication/cdn-files';
import {
  buildNegotiation,
  buildPublication,
  chooseFrontPage,
  headersFor,
  ruleMatches,
  urlPathOf,
} from '@/lib/publication/manifest';
import { renderNginxConfig } from '@/lib/publication/nginx-config';

const files = [
  'index.html',
  '404.html',
  'zh.html',
  'zh/labs.html',
  'zh/404.html',
  'en.html',
  'en/labs.html',
  'en/404.html',
  'zh/feed.xml',
  'sitemap.xml',
  'robots.txt',
  'icon.svg',
  '_next/static/chunks/a1b2.css',
  'js/site.0123456789.js',
  'img/lab-480.webp',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.en.pagefind',
  'pagefind/pagefind.en_d21e0a81fb.pf_meta',
  'pagefind/index/en_d217603.pf_index',
  'pagefind/fragment/zh-hans_6ef19c8.pf_fragment',
];
const publication = buildPublication({
  files,
  inlineScriptHashes: ['sha256-abc='],
  publishedAt: new Date('2026-12-01T00:00:00Z'),
});

describe('chooseFrontPage', () => {
  const negotiation = buildNegotiation();
  it('takes the first language of ours in the reader’s order', () => {
    expect(chooseFrontPage(['fr-FR', 'en-GB', 'zh-CN'], negotiation)).toBe('/en');
    expect(chooseFrontPage(['zh-CN', 'en'], negotiation)).toBe('/zh');
    expect(chooseFrontPage(['zh-TW', 'en'], negotiation)).toBe('/zh-hant');
  });

  it('falls back to the original when nothing matches, and never matches a mere prefix of a word', () => {
    expect(chooseFrontPage(['fr', 'de'], negotiation)).toBe('/zh');
    expect(chooseFrontPage([], negotiation)).toBe('/zh');
    expect(chooseFrontPage(['eng'], negotiation)).toBe('/zh');
  });
});

describe('buildPublication', () => {
  it('sends the security headers with every response, the CSP naming the inline scripts kept', () => {
    const headers = headersFor(publication, '/zh/labs');
    expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
    expect(headers['Content-Security-Policy']).toContain("default-src 'none'");
    expect(headersFor(publication, '/js/site.0123456789.js')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('caches fingerprinted files for a year, images for a day and pages, feeds and the sitemap for minutes', () => {
    expect(headersFor(publication, '/_next/static/chunks/a1b2.css')['Cache-Control']).toContain('immutable');
    expect(headersFor(publication, '/js/site.0123456789.js')['Cache-Control']).toContain('max-age=31536000');
    expect(headersFor(publication, '/img/lab-480.webp')['Cache-Control']).toContain('max-age=86400');
    for (const page of ['/zh/labs', '/', '/zh/feed.xml', '/sitemap.xml']) {
      expect(headersFor(publication, page)['Cache-Control'], page).toBe('public, max-age=300, must-revalidate');
    }
  });

  it('serves the search index as bytes, a year for the files named after their content and minutes for the rest', () => {
    for (const file of [
      '/pagefind/wasm.en.pagefind',
      '/pagefind/pagefind.en_d21e0a81fb.pf_meta',
      '/pagefind/index/en_d217603.pf_index',
      '/pagefind/fragment/zh-hans_6ef19c8.pf_fragment',
    ]) {
      expect(headersFor(publication, file)['Content-Type'], file).toBe('application/octet-stream');
    }
    for (const file of ['/pagefind/index/en_d217603.pf_index', '/pagefind/pagefind.en_d21e0a81fb.pf_meta']) {
      expect(headersFor(publication, file)['Cache-Control'], file).toContain('immutable');
    }
    for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind']) {
      expect(headersFor(publication, file)['Cache-Control'], file).toBe('public, max-age=300, must-revalidate');
    }
    expect(headersFor(publication, '/pagefind/pagefind.js')['Content-Type']).toBeUndefined();
  });

  it('lets the search compile WebAssembly and fetch its index, and nothing more', () => {
    const csp = headersFor(publication, '/zh/labs')['Content-Security-Policy'] ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'|worker-src/);
  });

  it('never has two rules that set one header on one address, as _headers would join them', () => {
    const addresses = files.map(urlPathOf);
    for (const address of addresses) {
      const setters = publication.headerRules.filter(
        (rule) => ruleMatches(rule.path, address) && 'Cache-Control' in rule.headers,
      );
      expect(setters.length, address).toBe(1);
    }
  });

  it('redirects a trailing slash and an .html suffix to the canonical address, and serves 404s by language', () => {
    expect(publication.redirects).toContainEqual({ from: '/zh/labs/', to: '/zh/labs', status: 308 });
    expect(publication.redirects).toContainEqual({ from: '/en.html', to: '/en', status: 308 });
    expect(publication.redirects.some((redirect) => redirect.from.startsWith('/zh/404'))).toBe(false);
    expect(publication.notFound).toContainEqual({ prefix: '/en/', page: '/en/404.html' });
    expect(publication.notFound.at(-1)).toEqual({ prefix: '/', page: '/404.html' });
  });
});

describe('the files rendered from the manifest', () => {
  it('_headers lists each rule with its headers', () => {
    const text = renderHeadersFile(publication);
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'none';/);
    expect(text).toContain('/js/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  it('_redirects puts the redirects before the 404 rules, the longest prefix first', () => {
    const lines = renderRedirectsFile(publication).trim().split('\n');
    expect(lines).toContain('/zh/labs/ /zh/labs 308');
    expect(lines.slice(-4)).toEqual([
      '/zh-hant/* /zh-hant/404.html 404',
      '/zh/* /zh/404.html 404',
      '/en/* /en/404.html 404',
      '/* /404.html 404',
    ]);
  });

  it('the nginx config adds every header once, at the server level, and routes each language’s 404s', () => {
    const config = renderNginxConfig(publication, { root: '/srv/out', listen: '8080', prefix: '/tmp/n' });
    expect(config.match(/add_header Content-Security-Policy/g)).toHaveLength(1);
    expect(config).toContain('location = /zh/labs/ { return 308 /zh/labs$is_args$args; }');
    expect(config).toMatch(
      /location \/en\/ \{\n\s+try_files \$uri \$uri\.html =404;\n\s+error_page 404 \/en\/404\.html;/,
    );
    expect(config).toContain('if ($request_method !~ ^(?:GET|HEAD)$) { return 405; }');
  });
});
