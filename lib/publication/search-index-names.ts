/*
 * What the pages and the reader's script need to know of the search index
 * (lib/publication/search-index.ts builds it), without importing Pagefind.
 */

/** Where the bundle is served from; lib/client/search.ts loads it from there. */
export const searchBundlePath = '/pagefind/';

/** The name Pagefind gives a language's index: its `<html lang>` in lower case (`zh-hans`). */
export function searchIndexLanguage(lang: string): string {
  return lang.toLowerCase();
}
