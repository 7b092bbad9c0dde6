/*
 * What every response says about itself: the security headers and the
 * caching policy. This file is their one source; lib/publication/manifest.ts
 * turns them into the publication's rules, from which the local server, the
 * nginx config and the CDN files are all generated.
 */

/** Content-Security-Policy directives, before the build adds the hashes of the inline scripts it kept. */
const contentSecurityPolicy = {
  'default-src': ["'none'"],
  // 'wasm-unsafe-eval' lets the search (Pagefind) compile its WebAssembly; it allows no eval of JavaScript.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  // The search fetches its index from the site itself.
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

/**
 * The Content-Security-Policy of every page: nothing is allowed that is not
 * named, scripts come only from the site itself or are one of the inline
 * scripts the build kept, by hash. No `'unsafe-inline'`, no `'unsafe-eval'`:
 * only `'wasm-unsafe-eval'`, for the search's WebAssembly.
 */
export function buildContentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
  const directives: Record<string, readonly string[]> = { ...contentSecurityPolicy };
  directives['script-src'] = [...contentSecurityPolicy['script-src'], ...inlineScriptHashes.map((hash) => `'${hash}'`)];
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Headers on every response, whatever it is. */
export function buildSecurityHeaders(inlineScriptHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy(inlineScriptHashes),
    // Two years, with subdomains: the site is only ever served over HTTPS in production.
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Nothing the site does needs these; denying them keeps embedded or injected code from asking.
    'Permissions-Policy':
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), ' +
      'magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), ' +
      'xr-spatial-tracking=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // For browsers that predate `frame-ancestors`.
    'X-Frame-Options': 'DENY',
  };
}

/**
 * How long a response may be reused. Fingerprinted files never change under
 * their name; images keep their name when an editor replaces one; pages,
 * feeds and the sitemap change with every republish and must show within
 * minutes, so caches keep them briefly and then revalidate (ETag, Last-Modified).
 */
export const cachePolicies = {
  immutable: 'public, max-age=31536000, immutable',
  image: 'public, max-age=86400, stale-while-revalidate=604800',
  document: 'public, max-age=300, must-revalidate',
} as const;

export type CachePolicy = keyof typeof cachePolicies;

/** Folders of fingerprinted files: a file's name changes whenever its content does. */
export const immutablePrefixes = ['/_next/static/', '/js/'] as const;

/** Folders of images, whose names stay when an editor replaces one. */
export const imagePrefixes = ['/img/'] as const;

/**
 * The search index's own files (lib/publication/search-index.ts): Pagefind
 * compresses them itself and reads them as bytes, so they are served as
 * they are, typed as binary, never re-compressed by a server.
 */
export const searchIndexFile = /^\/pagefind\/.+\.(?:pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;

/**
 * Files of the search index named after their content (`en_4b1d0a6.pf_fragment`,
 * `pagefind.en_d21e0a81fb.pf_meta`): a new index has new names, so these
 * can be cached for a year. Its entry file, script and WebAssembly keep
 * their names and are cached as pages are.
 */
export function isFingerprintedSearchFile(urlPath: string): boolean {
  return /^\/pagefind\/(?:(?:index|fragment|filter)\/[\w-]+_[0-9a-f]+|pagefind\.[\w-]+_[0-9a-f]+)\.pf_\w+$/.test(
    urlPath,
  );
}

/**
 * Types a file's extension does not tell: a feed is RSS, not any XML, so
 * readers and browsers that look at the type know it; the search index's
 * files are bytes (`.wasm` is WebAssembly, should a build name one so).
 */
export function contentTypeOf(urlPath: string): string | null {
  if (urlPath.endsWith('/feed.xml')) return 'application/rss+xml; charset=utf-8';
  if (urlPath.endsWith('.wasm')) return 'application/wasm';
  if (searchIndexFile.test(urlPath)) return 'application/octet-stream';
  return null;
}

/** The methods the site answers; any other gets 405. */
export const allowedMethods = ['GET', 'HEAD'] as const;
