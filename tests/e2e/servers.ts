import { isServerKind, serverKinds, type ServerKind } from '@/scripts/lib/site-server';

/*
 * The server this end-to-end run tests: E2E_SERVER names one of
 * scripts/lib/site-server.ts's (`start` by default).
 */
const requested = process.env.E2E_SERVER ?? 'start';
if (!isServerKind(requested)) {
  throw new Error(`E2E_SERVER=${requested}: expected one of ${serverKinds.join(', ')}`);
}

export const e2eServer: ServerKind = requested;

/**
 * Whether the server negotiates `/` and applies the manifest's path rules
 * itself. A CDN serves `/` as the static page that chooses the language in
 * the browser, and answers malformed paths by its own rules.
 */
export const serverNegotiates = e2eServer !== 'cdn';
