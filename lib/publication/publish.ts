import { createHash } from 'node:crypto';
import { readFile, readdir, rm, rmdir, utimes, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { renderHeadersFile, renderRedirectsFile } from '@/lib/publication/cdn-files';
import { buildPublication, type Publication } from '@/lib/publication/manifest';
import { clientScriptPath } from '@/lib/publication/client-script';
import { manifestFileName } from '@/lib/publication/static-server';
import { rehypePrintAddresses } from '@/lib/publication/print-addresses';
import { buildSearchIndex } from '@/lib/publication/search-index';
import { siteConfig } from '@/lib/site';
import { rehypeStripRuntime } from '@/lib/publication/strip-runtime';

/** Ids of the inline scripts of our own that pages may keep (their hashes go into the CSP). */
export const inlineScriptIds = ['choose-language'] as const;

/** Files Next writes for its client router and runtime, which a page without the runtime never asks for. */
function isFrameworkFile(file: string, htmlFiles: Set<string>): boolean {
  if (/^_next\/static\/.*\.js$/.test(file)) return true;
  if (file === '_not-found.html' || file.startsWith('_not-found')) return true;
  const name = path.posix.basename(file);
  // RSC payloads: `__next.*.txt` segments, and `<page>.txt` beside each `<page>.html`.
  return name.endsWith('.txt') && (name.startsWith('__next.') || htmlFiles.has(file.replace(/\.txt$/, '.html')));
}

/** Text files worth serving compressed; servers pick `.br`/`.gz` by `Accept-Encoding`. */
const compressible = /\.(?:html|css|js|xml|txt|svg|json)$/;

/**
 * Turns Next's export in `siteDir` into the publication: the framework's
 * runtime taken out of every page and its files deleted, our script
 * fingerprinted, each link's whole address written for print, the search index built (lib/publication/search-index.ts),
 * every asset reference checked, the rules written
 * (`publication.json` beside the folder; `_headers` and `_redirects` in it),
 * every file stamped with one publication time and precompressed.
 *
 * Throws, naming the file, on anything it does not recognise; the caller
 * then discards the folder, so a half-made publication is never served.
 */
export async function publish(siteDir: string, publishedAt = new Date()): Promise<Publication> {
  const list = async () =>
    (await readdir(siteDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

  const exported = await list();
  const htmlFiles = new Set(exported.filter((file) => file.endsWith('.html')));
  await Promise.all(
    exported.filter((file) => isFrameworkFile(file, htmlFiles)).map((file) => rm(path.join(siteDir, file))),
  );
  await removeEmptyFolders(siteDir);

  const publishedScript = await fingerprint(siteDir, clientScriptPath);
  const inlineScripts = new Set<string>();
  for (const file of [...htmlFiles].filter((each) => !isFrameworkFile(each, htmlFiles))) {
    const absolute = path.join(siteDir, file);
    // Named as it will be served from, so the message says which page.
    const vfile = new VFile({ path: `out/${file}`, value: await readFile(absolute, 'utf8') });
    const output = await unified()
      .use(rehypeParse)
      .use(rehypeStripRuntime, {
        clientScript: { path: clientScriptPath, publishedPath: publishedScript },
        inlineScriptIds,
      })
      .use(rehypePrintAddresses, { origin: siteConfig.url })
      .use(rehypeStringify, { upperDoctype: true })
      .process(vfile)
      .catch((error: unknown) => {
        if (!(error instanceof VFileMessage)) throw error;
        throw new Error(`${error.file}:${error.line ?? 1}:${error.column ?? 1}: ${error.reason}`);
      });
    for (const script of output.data.stripped?.inlineScripts ?? []) inlineScripts.add(script);
    await writeFile(absolute, String(output));
  }

  // After the pages are final and before the files are listed: the index is published, compressed and stamped with them.
  await buildSearchIndex(
    siteDir,
    [...htmlFiles].filter((file) => !isFrameworkFile(file, htmlFiles)),
  );

  const files = await list();
  await checkAssetReferences(siteDir, files);
  const publication = buildPublication({
    files,
    inlineScriptHashes: [...inlineScripts].map(
      (script) => `sha256-${createHash('sha256').update(script).digest('base64')}`,
    ),
    publishedAt,
  });
  await writeFile(path.join(siteDir, '_headers'), renderHeadersFile(publication));
  await writeFile(path.join(siteDir, '_redirects'), renderRedirectsFile(publication));
  await writeFile(path.join(siteDir, '..', manifestFileName), `${JSON.stringify(publication, null, 2)}\n`);
  await precompress(siteDir, files);
  for (const file of await list()) await utimes(path.join(siteDir, file), publishedAt, publishedAt);
  return publication;
}

/** Renames a file after the hash of its content (`/js/site.js` → `/js/site.1a2b3c4d.js`); returns the new address. */
async function fingerprint(siteDir: string, urlPath: string): Promise<string> {
  const absolute = path.join(siteDir, urlPath);
  const hash = createHash('sha256')
    .update(await readFile(absolute))
    .digest('hex')
    .slice(0, 10);
  const published = urlPath.replace(/\.js$/, `.${hash}.js`);
  await rename(absolute, path.join(siteDir, published));
  return published;
}

/** Every script, stylesheet, icon and image a page references must be a file of the publication. */
async function checkAssetReferences(siteDir: string, files: string[]) {
  const present = new Set(files.map((file) => `/${file}`));
  const missing: string[] = [];
  for (const file of files.filter((each) => each.endsWith('.html'))) {
    const html = await readFile(path.join(siteDir, file), 'utf8');
    const references = [
      ...html.matchAll(/<(?:script|img|source)\b[^>]*?\s(?:src|srcset)="([^"]+)"/g),
      ...html.matchAll(/<link\b[^>]*?\shref="([^"]+)"/g),
    ].flatMap((match) => (match[1] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
    for (const reference of references) {
      if (!reference.startsWith('/') || reference.startsWith('//')) continue;
      const target = decodeURIComponent(reference.split(/[?#]/)[0] ?? '');
      const exists = present.has(target) || present.has(`${target}.html`) || target === '/';
      if (!exists) missing.push(`${file}: ${reference}`);
    }
  }
  if (missing.length > 0) {
    throw new Error(`publication: pages reference files that are not published:\n  ${missing.join('\n  ')}`);
  }
}

async function precompress(siteDir: string, files: string[]) {
  const brotli = promisify(brotliCompress);
  const gzipAsync = promisify(gzip);
  for (const file of files.filter((each) => compressible.test(each))) {
    const absolute = path.join(siteDir, file);
    const content = await readFile(absolute);
    await writeFile(`${absolute}.gz`, await gzipAsync(content, { level: 9 }));
    await writeFile(`${absolute}.br`, await brotli(content, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

async function removeEmptyFolders(folder: string): Promise<boolean> {
  const entries = await readdir(folder, { withFileTypes: true });
  let empty = true;
  for (const entry of entries) {
    if (!entry.isDirectory() || !(await removeEmptyFolders(path.join(folder, entry.name)))) empty = false;
  }
  if (empty) await rmdir(folder);
  return empty;
}
