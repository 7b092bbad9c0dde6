/**
 * Page-weight budgets, asserted in CI over the production build:
 *
 * - first-load JavaScript (gzip, `nomodule` polyfills left out) at most the
 *   framework's floor plus 10 KB, the floor being what a page with no client
 *   components of ours costs in the same build: the 404 page;
 * - CSS at most 15 KB gzip; HTML at most 30 KB gzip;
 * - every <img> declares width and height and is served as WebP or AVIF.
 *
 * Measured from the served pages (HTML fetched, the files it names fetched and
 * gzipped one by one), so the figures are what a reader downloads.
 *
 *   npm run build && npm run check:budgets
 *
 * Starts `next start` of the build in NEXT_DIST_DIR on PORT (default 3998),
 * or measures BASE_URL when set. Exits 1 on any overrun, naming the page.
 */
import { getSitePages, missingPages } from '@/lib/site-pages';
import { startSite } from './lib/next-server';
import { collectPageAssets, gzipSize, hasIntrinsicSize, isModernImageType } from './lib/page-assets';

const KB = 1024;
const budgets = {
  /** What our own client code may add to the framework's floor. */
  jsOverFloor: 10 * KB,
  css: 15 * KB,
  html: 30 * KB,
};

interface PageWeight {
  path: string;
  status: number;
  html: number;
  css: number;
  js: number;
  scripts: string[];
  images: number;
}

const site = await startSite(3998);
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

async function weigh(path: string, status: number): Promise<PageWeight> {
  const url = `${site.origin}${path}`;
  const html = await (await fetchOk(url, status)).text();
  const assets = collectPageAssets(html, url);
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
    status,
    html: gzipSize(html),
    css: await sum(assets.stylesheets),
    js: await sum(assets.scripts),
    scripts: assets.scripts,
    images: assets.images.length,
  };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

try {
  const floorPage = missingPages[0];
  if (!floorPage) throw new Error('no 404 address to measure the framework floor with');
  const floor = await weigh(floorPage.path, 404);
  const pages = [floor];
  for (const page of await getSitePages()) pages.push(await weigh(page.path, 200));
  for (const missing of missingPages.slice(1)) pages.push(await weigh(missing.path, 404));

  const jsLimit = floor.js + budgets.jsOverFloor;
  const floorScripts = new Set(floor.scripts);
  console.log(
    `Framework floor (first-load JS of ${floor.path}, which has no client components of ours): ${kb(floor.js)} gzip`,
  );
  console.log(
    `Budgets: JS ≤ ${kb(jsLimit)} (floor + ${kb(budgets.jsOverFloor)}), CSS ≤ ${kb(budgets.css)}, HTML ≤ ${kb(budgets.html)}, all gzip\n`,
  );
  console.table(
    pages.map((page) => ({
      page: page.path,
      status: page.status,
      'HTML gzip': kb(page.html),
      'CSS gzip': kb(page.css),
      'JS gzip': kb(page.js),
      'JS over floor': kb(page.js - floor.js),
      images: page.images,
    })),
  );

  const heaviest = pages.reduce((a, b) => (b.js > a.js ? b : a));
  const beyond = heaviest.scripts.filter((script) => !floorScripts.has(script));
  if (beyond.length > 0) {
    const listed = beyond.map((script) => `${new URL(script).pathname} ${kb(sizes.get(script) ?? 0)}`).join(', ');
    console.log(`Beyond the floor, the heaviest page (${heaviest.path}) loads ${listed}.`);
  }

  for (const page of pages) {
    if (page.js > jsLimit) {
      const extra = page.scripts.filter((script) => !floorScripts.has(script));
      const listed = extra.map((script) => `${new URL(script).pathname} ${kb(sizes.get(script) ?? 0)}`).join(', ');
      failures.push(
        `${page.path}: first-load JS is ${kb(page.js)} gzip, over the budget of ${kb(jsLimit)} (floor ${kb(floor.js)} + ${kb(budgets.jsOverFloor)}); beyond the floor it loads ${listed}`,
      );
    }
    if (page.css > budgets.css) failures.push(`${page.path}: CSS is ${kb(page.css)} gzip, over ${kb(budgets.css)}`);
    if (page.html > budgets.html)
      failures.push(`${page.path}: HTML is ${kb(page.html)} gzip, over ${kb(budgets.html)}`);
  }
} catch (error) {
  failures.push((error as Error).message);
} finally {
  await site.stop();
}

if (failures.length > 0) {
  const log = site.errorLog();
  if (log) console.error(`\nThe end of the server's error output:\n${log}`);
  console.error(`\n${failures.length} budget failure(s):\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nEvery page is within its budgets.');
