import type { Publication } from '@/lib/publication/manifest';

/*
 * The publication's rules in the two files Netlify and Cloudflare Pages read
 * from the root of the site they serve.
 */

/** `_headers`: each rule's path, then its headers indented. */
export function renderHeadersFile(publication: Publication): string {
  return publication.headerRules
    .map((rule) =>
      [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n')
    .concat('\n');
}

/**
 * `_redirects`: the exact redirects, then each 404 page for its prefix, the
 * longest first (the first matching line wins). A CDN applies a 404 rule only
 * when no file answers the address.
 */
export function renderRedirectsFile(publication: Publication): string {
  const redirects = publication.redirects.map(({ from, to, status }) => `${from} ${to} ${status}`);
  const notFound = [...publication.notFound]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .map(({ prefix, page }) => `${prefix}* ${page} 404`);
  return [...redirects, ...notFound].join('\n').concat('\n');
}
