/**
 * The servers the end-to-end suite runs against, each serving `out/` as
 * production would: `start` (npm start, sirv with the manifest's rules),
 * `nginx` (Debian's nginx with the generated config) and `cdn` (Cloudflare's
 * workerd through `wrangler pages dev`, applying `_headers` and `_redirects`).
 * E2E_SERVER picks one; `start` by default.
 */
export const serverKinds = ['start', 'nginx', 'cdn'] as const;

export type ServerKind = (typeof serverKinds)[number];

export const serverScripts: Record<ServerKind, string> = {
  start: 'scripts/serve.ts',
  nginx: 'scripts/serve-nginx.ts',
  cdn: 'scripts/serve-cdn.ts',
};

function isServerKind(value: string): value is ServerKind {
  return (serverKinds as readonly string[]).includes(value);
}

const requested = process.env.E2E_SERVER ?? 'start';
if (!isServerKind(requested)) {
  throw new Error(`E2E_SERVER=${requested}: expected one of ${serverKinds.join(', ')}`);
}

/** The server this run tests. */
export const e2eServer: ServerKind = requested;

/**
 * Whether the server negotiates `/` and applies the manifest's method and
 * path rules itself. A CDN serves `/` as the static page that chooses the
 * language in the browser, and answers methods by its own rules.
 */
export const serverNegotiates = e2eServer !== 'cdn';
