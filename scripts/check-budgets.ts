/**
 * Page-weight budgets, asserted in CI over the published site:
 *
 * - all JavaScript a page loads at most 5 KB gzip, and not one reference to
 *   the framework's runtime (its chunks, the RSC payload, the Turbopack
 *   bootstrap): the published pages carry none;
 * - HTML at most 10 KB gzip on every page, the side-by-side views (both
 *   languages) included, but for the whole article on one page (16 KB: it
 *   is the front page and every section, about 13 KB today, and cutting it
 *   would defeat its purpose); CSS at most 15 KB gzip;
 * - search, which a page loads only when the reader opens it: the dialog's
 *   chunk at most 3 KB gzip; Pagefind's script, its WebAssembly and the
 *   reader's edition's index meta are reported beside it (they are Pagefind's
 *   own, and load once, on the first search);
 * - every <img> declares width and height and is served as WebP or AVIF.
 *
 * Measured from the served pages (HTML fetched, the files it names fetched and
 * gzipped one by one), so the figures are what a reader downloads.
 *
 *   npm run build && npm run check:budgets
 *
 * Starts `npm start` on PORT (default 3998), or measures BASE_URL when set.
 * Exits 1 on any overrun, naming the page.
 */
import { getSitePages, missingPages, type PageKind } from '@/lib/site-pages';
import { collectPageAssets, gzipSize, hasIntrinsicSize, isModernImageType } from './lib/page-assets';
import { startSite } from './lib/site-server';

const KB = 1024;
const budgets = {
  js: 5 * KB,
  css: 15 * KB,
  html: 10 * KB,
  /** The whole article on one page: see above. */
  fullArticleHtml: 16 * KB,
  /** The search dialog's own code, loaded on the first search (lib/client/search.ts). */
  searchChunk: 3 * KB,
};

/** The HTML budget of a kind of page. */
const htmlBudget = (kind: PageWeight['kind']) => (kind === 'full-article' ? budgets.fullArticleHtml : budgets.html);

/** What the framework's runtime leaves in a page it ships in. */
const frameworkTraces = [/\/_next\/static\/chunks\/[^"'\s]+\.js/, /__next_f/, /TURBOPACK/, /__NEXT_DATA__/];

interface PageWeight {
  path: string;
  kind: PageKind | '404';
  status: number;
  html: number;
  css: number;
  js: number;
  scripts: string[];
  images: number;
}

const site = await startSite('start', Number(process.env.PORT ?? 3998));
const failures: string[] = [];
const sizes = new Map<string, number>();
const imageTypes = new Map<string, string | null>();

async function fetchOk(url: string, expected = 200): Promise<Response> {
  const response = await fetch(url);
  if (response.status !== expected)
    failures.push(`${new URL(url).pathname}: answered ${response.status}, expected ${expected}`);
  return response;
}

async function gzippedSize(url: string): Promise<number> {
  let size = sizes.get(url);
  if (size === undefined) {
    size = gzipSize(new Uint8Array(await (await fetchOk(url)).arrayBuffer()));
    sizes.set(url, size);
  }
  return size;
}

async function imageType(url: string): Promise<string | null> {
  if (!imageTypes.has(url)) {
    const response = await fetchOk(url);
    await response.arrayBuffer();
    imageTypes.set(url, response.headers.get('content-type'));
  }
  return imageTypes.get(url) ?? null;
}

async function weigh(path: string, kind: PageWeight['kind'], status: number): Promise<PageWeight> {
  const url = `${site.origin}${path}`;
  const html = await (await fetchOk(url, status)).text();
  const assets = collectPageAssets(html, url);
  for (const trace of frameworkTraces) {
    if (trace.test(html)) failures.push(`${path}: the HTML still refers to the framework runtime (${trace})`);
  }
  const sum = async (urls: string[]) => (await Promise.all(urls.map(gzippedSize))).reduce((a, b) => a + b, 0);

  for (const image of assets.images) {
    if (!hasIntrinsicSize(image)) {
      failures.push(`${path}: <img> without width and height (the page will shift as it loads): ${image.tag}`);
    }
    for (const imageUrl of image.urls) {
      const type = await imageType(imageUrl);
      if (!isModernImageType(type)) {
        failures.push(`${path}: ${new URL(imageUrl).pathname} is served as ${type ?? 'no type'}, not WebP or AVIF`);
      }
    }
  }

  return {
    path,
    kind,
    status,
    html: gzipSize(html),
    css: await sum(assets.stylesheets),
    js: await sum(assets.scripts),
    scripts: assets.scripts,
    images: assets.images.length,
  };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * What the first search downloads: the chunk the reader's script imports
 * (found in the script itself) and, from Pagefind, its script, its
 * WebAssembly and each edition's index meta.
 */
async function weighSearch(entryScript: string | undefined) {
  if (!entryScript) return failures.push('search: the pages load no script, so nothing can open the search');
  const source = await (await fetchOk(entryScript)).text();
  const chunk = /["'](\.\/search-[\w-]+\.js)["']/.exec(source)?.[1];
  if (!chunk) return failures.push(`search: ${new URL(entryScript).pathname} imports no search chunk`);
  const chunkSize = await gzippedSize(new URL(chunk, entryScript).href);
  const entry = (await (await fetchOk(`${site.origin}/pagefind/pagefind-entry.json`)).json()) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const pagefindFiles = [
    '/pagefind/pagefind.js',
    ...new Set(Object.values(entry.languages).map(({ wasm }) => `/pagefind/wasm.${wasm ?? 'unknown'}.pagefind`)),
    ...Object.values(entry.languages).map(({ hash }) => `/pagefind/pagefind.${hash}.pf_meta`),
  ];
  // Pagefind's index files are compressed by Pagefind itself: their size as served is what is downloaded.
  const served = await Promise.all(
    pagefindFiles.map(async (file) =>
      file.endsWith('.js')
        ? gzippedSize(`${site.origin}${file}`)
        : (await (await fetchOk(`${site.origin}${file}`)).arrayBuffer()).byteLength,
    ),
  );
  console.log(
    `\nSearch, on the first search only: the dialog's chunk ${kb(chunkSize)} gzip (budget ${kb(budgets.searchChunk)})`,
  );
  console.table(pagefindFiles.map((file, index) => ({ file, size: kb(served[index] ?? 0) })));
  if (chunkSize > budgets.searchChunk) {
    failures.push(`search: the dialog's chunk is ${kb(chunkSize)} gzip, over ${kb(budgets.searchChunk)}`);
  }
}

try {
  const pages: PageWeight[] = [];
  for (const page of await getSitePages()) pages.push(await weigh(page.path, page.kind, 200));
  for (const missing of missingPages) pages.push(await weigh(missing.path, '404', 404));

  console.log(
    `Budgets: JS ≤ ${kb(budgets.js)}, CSS ≤ ${kb(budgets.css)}, HTML ≤ ${kb(budgets.html)} a page, all gzip\n`,
  );
  console.table(
    pages.map((page) => ({
      page: page.path,
      status: page.status,
      'HTML gzip': kb(page.html),
      'CSS gzip': kb(page.css),
      'JS gzip': kb(page.js),
      scripts: page.scripts.length,
      images: page.images,
    })),
  );

  for (const page of pages) {
    if (page.js > budgets.js) {
      const listed = page.scripts
        .map((script) => `${new URL(script).pathname} ${kb(sizes.get(script) ?? 0)}`)
        .join(', ');
      failures.push(`${page.path}: JavaScript is ${kb(page.js)} gzip, over ${kb(budgets.js)}: ${listed}`);
    }
    if (page.css > budgets.css) failures.push(`${page.path}: CSS is ${kb(page.css)} gzip, over ${kb(budgets.css)}`);
    if (page.html > htmlBudget(page.kind))
      failures.push(`${page.path}: HTML is ${kb(page.html)} gzip, over ${kb(htmlBudget(page.kind))}`);
  }
  await weighSearch(pages[0]?.scripts[0]);
} catch (error) {
  failures.push((error as Error).message);
} finally {
  await site.stop();
}

if (failures.length > 0) {
  const log = site.log();
  if (log) console.error(`\nThe end of the server's error output:\n${log}`);
  console.error(`\n${failures.length} budget failure(s):\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nEvery page is within its budgets.');
