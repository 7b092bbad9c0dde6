import type { HeaderRule, Publication } from '@/lib/publication/manifest';

export interface NginxOptions {
  /** The folder served: the `out` link itself, not its target, so a republish is picked up at once. */
  root: string;
  /** `127.0.0.1:8080`, or `80` on a server. */
  listen: string;
  /** Where nginx keeps its pid, logs and temporary files. */
  prefix: string;
  /** The user its workers run as; left to the system's default when absent. */
  user?: string;
}

/** Types of the files the site publishes: the config needs no `mime.types` from the system. */
const mimeTypes: Record<string, string> = {
  'text/html': 'html',
  'text/css': 'css',
  'text/javascript': 'js mjs',
  'application/xml': 'xml',
  'text/plain': 'txt',
  'application/json': 'json',
  'image/svg+xml': 'svg',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/jpeg': 'jpg jpeg',
  'image/png': 'png',
  'image/x-icon': 'ico',
  'font/woff2': 'woff2',
  'application/wasm': 'wasm',
  // The search index (Pagefind): compressed by Pagefind itself, read as bytes.
  'application/octet-stream': 'pagefind pf_meta pf_index pf_fragment pf_filter',
};

/**
 * A complete nginx configuration that serves the publication as the local
 * server does (lib/publication/static-server.ts): the same headers, redirects,
 * 404 pages, methods and negotiation of `/`, all taken from the manifest.
 *
 * nginx drops a level's `add_header`s wherever a deeper level has its own, so
 * every header is added once, at the server level, from a `map` on the
 * request's address; locations only route.
 */
export function renderNginxConfig(publication: Publication, { root, listen, prefix, user }: NginxOptions): string {
  const [everywhere, ...byPath] = splitRules(publication.headerRules);
  // nginx sets Content-Type from `types`: a rule's type is a location's default_type instead of a second header.
  const typed = byPath.filter((rule) => 'Content-Type' in rule.headers && !rule.path.endsWith('/*'));
  const headerMaps = [...new Set(byPath.flatMap((rule) => Object.keys(rule.headers)))]
    .filter((name) => name !== 'Content-Type')
    .map((name) => ({
      name,
      variable: `$site_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`,
    }));
  const lines: string[] = [
    '# Generated from the publication manifest by lib/publication/nginx-config.ts: do not edit.',
    ...(user ? [`user ${user};`] : []),
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  types {',
    ...Object.entries(mimeTypes).map(([type, extensions]) => `    ${type} ${extensions};`),
    '  }',
    '  default_type application/octet-stream;',
    '  charset utf-8;',
    '  charset_types text/css text/javascript application/xml text/plain application/json image/svg+xml;',
    '  access_log off;',
    `  client_body_temp_path ${prefix}/client_body;`,
    `  proxy_temp_path ${prefix}/proxy;`,
    `  fastcgi_temp_path ${prefix}/fastcgi;`,
    `  uwsgi_temp_path ${prefix}/uwsgi;`,
    `  scgi_temp_path ${prefix}/scgi;`,
    '  sendfile on;',
    '  tcp_nopush on;',
    '  keepalive_timeout 65;',
    '  server_tokens off;',
    '  gzip_static on;',
    '  gzip on;',
    '  gzip_vary on;',
    '  gzip_types text/css text/javascript application/xml text/plain application/json image/svg+xml;',
    '  etag on;',
    '  if_modified_since before;',
    '',
    "  # The front page for the reader's languages: the first tag (in the header's order) that names one of ours.",
    '  map $http_accept_language $site_front_page {',
    `    default ${publication.negotiation.fallback};`,
    ...negotiationEntries(publication).map(([pattern, path]) => `    "${pattern}" ${path};`),
    '  }',
    '  map $request_uri $site_vary {',
    '    default "";',
    '    "~^/(?:\\?|$)" "Accept-Language";',
    '  }',
    '  map $request_method $site_allow {',
    `    default "${publication.methods.join(', ')}";`,
    ...publication.methods.map((method) => `    ${method} "";`),
    '  }',
    ...headerMaps.flatMap(({ name, variable }) => [
      `  map $request_uri ${variable} {`,
      '    default "";',
      ...byPath
        .filter((rule) => name in rule.headers)
        .map((rule) => `    "${uriPattern(rule.path)}" "${rule.headers[name]}";`),
      '  }',
    ]),
    '',
    '  server {',
    `    listen ${listen};`,
    `    root ${root};`,
    '    disable_symlinks off;',
    ...Object.entries(everywhere?.headers ?? {}).map(([name, value]) => `    add_header ${name} "${value}" always;`),
    ...headerMaps.map(({ name, variable }) => `    add_header ${name} ${variable} always;`),
    '    add_header Vary $site_vary always;',
    '    add_header Allow $site_allow always;',
    '',
    `    if ($request_method !~ ^(?:${publication.methods.join('|')})$) { return 405; }`,
    '    location = / { return 307 $site_front_page; }',
    // The CDN's files are configuration, not pages.
    '    location = /_headers { return 404; }',
    '    location = /_redirects { return 404; }',
    ...publication.redirects.map(
      ({ from, to, status }) => `    location = ${from} { return ${status} ${to}$is_args$args; }`,
    ),
    ...typed.map((rule) => `    location = ${rule.path} { types { } default_type "${rule.headers['Content-Type']}"; }`),
    ...publication.notFound.map(({ prefix: pathPrefix, page }) =>
      [
        `    location ${pathPrefix} {`,
        '      try_files $uri $uri.html =404;',
        `      error_page 404 ${page};`,
        '    }',
      ].join('\n'),
    ),
    '  }',
    '}',
    '',
  ];
  return lines.join('\n');
}

/** The rule for every address first, then those by path. */
function splitRules(rules: HeaderRule[]): HeaderRule[] {
  const everywhere = rules.filter((rule) => rule.path === '/*');
  return [...everywhere, ...rules.filter((rule) => rule.path !== '/*')];
}

/** A rule's path as a regex on `$request_uri` (the address with its query). */
function uriPattern(rulePath: string): string {
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return rulePath.endsWith('/*') ? `~^${escaped(rulePath.slice(0, -1))}` : `~^${escaped(rulePath)}(?:\\?|$)`;
}

/**
 * `map` entries for the negotiation of `/`, most specific range first. Each
 * pattern skips the leading tags that name none of our languages, then
 * requires the next tag to match the range: the first tag that names one of
 * ours decides, as `chooseFrontPage` does.
 */
function negotiationEntries(publication: Publication): [string, string][] {
  const escape = (range: string) => range.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const boundary = '(?:-|;|,|\\s|$)';
  const all = publication.negotiation.choices.flatMap((choice) => choice.ranges).map(escape);
  const skip = `^(?:\\s*(?!(?:${all.join('|')})${boundary})[^,]*,)*\\s*`;
  return publication.negotiation.choices
    .flatMap((choice) => choice.ranges.map((range) => ({ range, path: choice.path })))
    .sort((a, b) => b.range.length - a.range.length)
    .map(({ range, path }) => [`~*${skip}${escape(range)}${boundary}`, path]);
}
