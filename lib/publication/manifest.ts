import { defaultLocale, locales, profileOf, type Locale } from '@/lib/i18n';
import { frontPagePath } from '@/lib/routes';
import {
  allowedMethods,
  buildSecurityHeaders,
  cachePolicies,
  contentTypeOf,
  imagePrefixes,
  immutablePrefixes,
  isFingerprintedSearchFile,
  type CachePolicy,
} from '@/lib/publication/policy';

/**
 * One description of how the published site is served: every response
 * header, redirect, 404 and the language negotiation of `/`. The build
 * writes it beside the site (`publication.json`); the local server applies it,
 * and the nginx config and the CDN files (`_headers`, `_redirects`) are
 * rendered from it, so the three cannot drift apart.
 */
export interface Publication {
  /** When this publication was made; the `Last-Modified` of every file in it. */
  publishedAt: string;
  /** The methods answered; any other gets 405. */
  methods: readonly string[];
  /**
   * Headers by path, applied as `_headers` files are: every rule whose path
   * matches adds its headers. A path is exact, or a folder ending in `/*`.
   * No two rules that can match one path set the same header.
   */
  headerRules: HeaderRule[];
  /** Exact addresses that move: a trailing slash or an `.html` suffix to the canonical address. */
  redirects: Redirect[];
  /** For an address with no file: the 404 page of the longest matching prefix, with status 404. */
  notFound: NotFoundRule[];
  /** `/`: the front page in the reader's language, by `Accept-Language`, with `Vary`. */
  negotiation: Negotiation;
}

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export interface Redirect {
  from: string;
  to: string;
  status: 308;
}

export interface NotFoundRule {
  /** `/en/`, or `/` for every other address. */
  prefix: string;
  /** The file served, such as `/en/404.html`. */
  page: string;
}

export interface Negotiation {
  path: '/';
  /** In order of preference when a language tag matches ranges of several. */
  choices: NegotiationChoice[];
  /** Where a reader goes when nothing matches: the original's front page. */
  fallback: string;
}

export interface NegotiationChoice {
  locale: Locale;
  path: string;
  /** Lower-case BCP 47 ranges: a tag matches a range equal to it or to one of its prefixes (`zh-tw` matches `zh`). */
  ranges: string[];
}

/** The language ranges that choose each locale's front page: its profile's `accept` list, lower-cased. */
function languageRanges(locale: Locale): string[] {
  return profileOf(locale).accept.map((range) => range.toLowerCase());
}

/** The negotiation of `/`, from the locales. */
export function buildNegotiation(): Negotiation {
  return {
    path: '/',
    choices: locales.map((locale) => ({ locale, path: frontPagePath(locale), ranges: languageRanges(locale) })),
    fallback: frontPagePath(defaultLocale),
  };
}

/**
 * The locale front page for a list of language tags in order of preference:
 * the first tag that matches any choice decides, and among the choices it
 * matches, the one with the longest (most specific) range wins (RFC 4647
 * basic filtering). The site's one rule of negotiation (lib/negotiate-locale.ts
 * reads a header and applies it). Pure and self-contained:
 * the static fallback page of `/` runs this very function in the browser, so
 * the servers and the page cannot disagree.
 */
export function chooseFrontPage(tags: readonly string[], negotiation: Negotiation): string {
  for (const tag of tags) {
    const lower = tag.toLowerCase();
    let best = '';
    let bestLength = 0;
    for (const choice of negotiation.choices) {
      for (const range of choice.ranges) {
        const matches = lower === range || lower.startsWith(`${range}-`);
        if (matches && range.length > bestLength) {
          best = choice.path;
          bestLength = range.length;
        }
      }
    }
    if (best) return best;
  }
  return negotiation.fallback;
}

/** The URL a published file answers at: `zh/labs.html` → `/zh/labs`, `index.html` → `/`. */
export function urlPathOf(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  if (path === '/index.html') return '/';
  return path.endsWith('.html') ? path.slice(0, -'.html'.length) : path;
}

/** The cache policy of a published address. */
export function cachePolicyOf(urlPath: string): CachePolicy {
  if (immutablePrefixes.some((prefix) => urlPath.startsWith(prefix))) return 'immutable';
  if (isFingerprintedSearchFile(urlPath)) return 'immutable';
  if (imagePrefixes.some((prefix) => urlPath.startsWith(prefix)) || urlPath === '/icon.svg') return 'image';
  return 'document';
}

/** The 404 pages the build renders: one per locale, and one for every other address. */
export function notFoundRules(): NotFoundRule[] {
  return [
    ...locales.map((locale) => ({ prefix: `${frontPagePath(locale)}/`, page: `${frontPagePath(locale)}/404.html` })),
    { prefix: '/', page: '/404.html' },
  ];
}

/** Files a CDN reads as configuration and never serves. */
const cdnFiles = new Set(['_headers', '_redirects']);

export interface PublicationInput {
  /** Every published file, relative to the site folder, `/`-separated. */
  files: readonly string[];
  /** `sha256-…` of each inline script a page kept. */
  inlineScriptHashes: readonly string[];
  publishedAt: Date;
}

/** The publication's rules, from what the build wrote. */
export function buildPublication({ files, inlineScriptHashes, publishedAt }: PublicationInput): Publication {
  const notFound = notFoundRules();
  const notFoundPages = new Set(notFound.map((rule) => rule.page));
  const pages = files.filter((file) => file.endsWith('.html') && !notFoundPages.has(`/${file}`)).map(urlPathOf);

  // Folders of fingerprinted files and images get one rule each; every other file its own, so no two overlap.
  const served = files.filter((file) => !cdnFiles.has(file)).map(urlPathOf);
  const folders = [...immutablePrefixes, ...imagePrefixes].filter((folder) =>
    served.some((urlPath) => urlPath.startsWith(folder)),
  );
  const folderRules: HeaderRule[] = folders.map((folder) => ({
    path: `${folder}*`,
    headers: { 'Cache-Control': cachePolicies[cachePolicyOf(folder)] },
  }));
  const exactRules: HeaderRule[] = served
    .filter((urlPath) => !folders.some((folder) => urlPath.startsWith(folder)))
    .sort()
    .map((urlPath) => {
      const contentType = contentTypeOf(urlPath);
      return {
        path: urlPath,
        headers: {
          'Cache-Control': cachePolicies[cachePolicyOf(urlPath)],
          ...(contentType ? { 'Content-Type': contentType } : {}),
        },
      };
    });

  const redirects: Redirect[] = pages
    .filter((page) => page !== '/')
    .flatMap((page) => [
      { from: `${page}/`, to: page, status: 308 as const },
      { from: `${page}.html`, to: page, status: 308 as const },
    ]);
  redirects.push({ from: '/index.html', to: '/', status: 308 });

  return {
    publishedAt: publishedAt.toISOString(),
    methods: allowedMethods,
    headerRules: [{ path: '/*', headers: buildSecurityHeaders(inlineScriptHashes) }, ...folderRules, ...exactRules],
    redirects,
    notFound,
    negotiation: buildNegotiation(),
  };
}

/** Whether a header rule's path covers an address. */
export function ruleMatches(rulePath: string, urlPath: string): boolean {
  return rulePath.endsWith('/*') ? urlPath.startsWith(rulePath.slice(0, -1)) : rulePath === urlPath;
}

/** The headers for an address: every matching rule's, as `_headers` applies them. */
export function headersFor(publication: Publication, urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of publication.headerRules) {
    if (ruleMatches(rule.path, urlPath)) Object.assign(headers, rule.headers);
  }
  return headers;
}
