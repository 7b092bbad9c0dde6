import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { requestedLanguages } from '@/lib/negotiate-locale';
import { chooseFrontPage, headersFor, type Publication } from '@/lib/publication/manifest';

/*
 * The local server of the static publication (`npm start`): sirv serves the
 * files; this module applies the publication's rules around it, exactly as
 * the generated nginx config and CDN files do.
 */

/** The manifest's name, beside the site folder it describes. */
export const manifestFileName = 'publication.json';

interface Served {
  publication: Publication;
  files: Set<string>;
  notFoundPages: Map<string, Buffer>;
  redirects: Map<string, string>;
  serveFile: ReturnType<typeof sirv>;
  publishedAt: number;
}

/** Reads one publication: its manifest, its file list and its 404 pages. */
export function loadPublication(siteDir: string): Served {
  const publication = JSON.parse(readFileSync(path.join(siteDir, '..', manifestFileName), 'utf8')) as Publication;
  const files = new Set(
    readdirSync(siteDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`),
  );
  return {
    publication,
    files,
    notFoundPages: new Map(
      publication.notFound.map((rule) => [rule.page, readFileSync(path.join(siteDir, rule.page))]),
    ),
    redirects: new Map(publication.redirects.map((redirect) => [redirect.from, redirect.to])),
    serveFile: sirv(siteDir, { etag: true, gzip: true, brotli: true, extensions: ['html'], dotfiles: false }),
    // HTTP dates have whole seconds.
    publishedAt: Math.floor(Date.parse(publication.publishedAt) / 1000) * 1000,
  };
}

/**
 * A request handler for the site published at `siteLink` (the `out` link).
 * The link is read on every request, so a republish, which swaps the link in
 * one step, is served whole from the next request on: each publication has
 * its own file index, never a mix of two.
 */
export function createSiteHandler(siteLink: string) {
  const publications = new Map<string, Served>();
  const current = (): Served => {
    const siteDir = realpathSync(siteLink);
    let served = publications.get(siteDir);
    if (!served) {
      served = loadPublication(siteDir);
      publications.clear();
      publications.set(siteDir, served);
    }
    return served;
  };

  return (request: IncomingMessage, response: ServerResponse) => {
    let served: Served;
    try {
      served = current();
    } catch {
      return plain(response, 503, 'The site is not published yet: run npm run build.');
    }
    handle(served, request, response);
  };
}

function handle(served: Served, request: IncomingMessage, response: ServerResponse) {
  const { publication } = served;
  // Every response carries the site-wide headers, errors included.
  for (const rule of publication.headerRules.filter((each) => each.path === '/*')) {
    for (const [name, value] of Object.entries(rule.headers)) response.setHeader(name, value);
  }
  if (!publication.methods.includes(request.method ?? '')) {
    response.setHeader('Allow', publication.methods.join(', '));
    return plain(response, 405, 'Method not allowed.');
  }
  const target = request.url ?? '';
  const queryStart = target.indexOf('?');
  const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? '' : target.slice(queryStart);
  const urlPath = decodePath(rawPath);
  if (urlPath === null) return plain(response, 400, 'Bad request: the address is not a valid path.');

  for (const [name, value] of Object.entries(headersFor(publication, urlPath))) response.setHeader(name, value);

  if (urlPath === publication.negotiation.path) {
    response.setHeader('Vary', 'Accept-Language');
    response.setHeader(
      'Location',
      chooseFrontPage(requestedLanguages(request.headers['accept-language']), publication.negotiation),
    );
    return plain(response, 307, '');
  }
  const redirect = served.redirects.get(urlPath);
  if (redirect) {
    response.setHeader('Location', redirect + query);
    return plain(response, 308, '');
  }
  if (urlPath === '/_headers' || urlPath === '/_redirects') return notFound(served, urlPath, response);

  if (isNotModifiedSince(served, request, urlPath)) {
    response.statusCode = 304;
    return response.end();
  }
  served.serveFile(request, response, () => notFound(served, urlPath, response));
}

/**
 * The decoded path, or null when it cannot be a file of ours: undecodable
 * percent-escapes or overlong UTF-8, a NUL, a backslash, a `..` segment.
 */
function decodePath(rawPath: string): string | null {
  if (!rawPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(decoded) || decoded.split('/').includes('..')) return null;
  return decoded;
}

/** `If-Modified-Since` for a file that exists (`If-None-Match`, which sirv answers, takes precedence). */
function isNotModifiedSince(served: Served, request: IncomingMessage, urlPath: string): boolean {
  const since = request.headers['if-modified-since'];
  if (!since || request.headers['if-none-match']) return false;
  const exists = served.files.has(urlPath) || served.files.has(`${urlPath}.html`);
  return exists && Date.parse(since) >= served.publishedAt;
}

function notFound(served: Served, urlPath: string, response: ServerResponse) {
  const rule = served.publication.notFound.find((candidate) => urlPath.startsWith(candidate.prefix));
  const page = rule ? served.notFoundPages.get(rule.page) : undefined;
  response.statusCode = 404;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Content-Length', page?.length ?? 0);
  response.end(page);
}

function plain(response: ServerResponse, status: number, message: string) {
  response.statusCode = status;
  if (message) {
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.setHeader('Content-Length', Buffer.byteLength(message));
  }
  response.end(message);
}
