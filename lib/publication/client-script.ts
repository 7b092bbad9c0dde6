/**
 * Where pages load the reader's script from (lib/client/site.ts, bundled by
 * scripts/build-client.ts into public/). The publication step recognises this
 * address, keeps the script and renames it after its content hash, so it can
 * be cached for a year.
 */
export const clientScriptPath = '/js/site.js';
