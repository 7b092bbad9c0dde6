/*
 * Development only: makes saving a content file refresh the open page.
 *
 * The loader reads content with `fs`, which Turbopack does not watch, so by
 * itself a saved Markdown file shows only on the next reload. Globbing the
 * content files into the module graph makes Turbopack watch them (new files
 * included); when one changes, Next's own hot reloading re-renders the server
 * components of the open page, and the loader, which re-reads content in
 * development, returns the new text. No client code, no extra server.
 *
 * In a production build the branch is dead code and is dropped before the
 * glob is resolved, so nothing of it reaches the bundle. The `?content-watch`
 * query selects the `raw` module type in next.config.js (in development only:
 * should the glob ever reach a production build, the Markdown would fail to
 * parse as JavaScript and the build would stop, rather than ship the text).
 * It watches `content/`; with `CONTENT_DIR` set elsewhere, reload by hand.
 */

/** Puts the content files in the module graph during `next dev`; does nothing otherwise. */
export function watchContentInDevelopment(): void {
  if (process.env.NODE_ENV !== 'development') return;
  import.meta.glob(['/content/**/*.md', '/content/glossary.yaml'], { eager: true, query: '?content-watch' });
}
