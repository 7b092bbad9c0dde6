/**
 * Lighthouse (mobile, the default configuration) on every page of the
 * production build: the median of several runs per page, printed as a table
 * of the four category scores with LCP, CLS and TBT.
 *
 *   npm run build && npm run bench:lighthouse                 # median of 3 runs, prints figures
 *   npm run bench:lighthouse -- --assert                      # and exits 1 below the bar
 *   npm run bench:lighthouse -- --runs=1 --pages=/zh,/en/labs # fewer runs, some pages
 *
 * The bar (--assert): accessibility, best practices and SEO 100, and
 * performance at least 95. Performance under Lighthouse's simulated mobile
 * CPU depends on the machine: on a slow one even a page with nothing of ours
 * scores under 95. So the script also measures the framework's floor, the
 * not-found page (the layout and the Next.js runtime, none of the article),
 * and where the floor scores under 100 the performance bar is the floor less
 * FLOOR_MARGIN (never above 95): pages are held to what the framework allows
 * on this machine, as the JavaScript budget is held to the floor plus 10 KB.
 * With --assert, a page whose median falls below the bar is run again, up to
 * 3 runs in all, and judged on their median: CI runs each page once, and one
 * run varies by several points on a busy 2-core machine.
 *
 * The side-by-side views are `noindex` by design, so their SEO score leaves
 * out the "page is blocked from indexing" audit.
 *
 * Drives Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium),
 * started by chrome-launcher as Lighthouse's command line starts it. Starts
 * `next start` of the build in NEXT_DIST_DIR on PORT (default 3997), or
 * measures BASE_URL.
 * Full reports go to reports/lighthouse/ (see tests/e2e/reports-dir.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../tests/e2e/chromium';
import { reportsDir } from '../tests/e2e/reports-dir';
import { getSitePages, missingPages, pageFileName } from '@/lib/site-pages';
import { startFloorProxy } from './lib/floor-proxy';
import { startSite } from './lib/next-server';
import { median } from './lib/stats';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    assert: { type: 'boolean', default: false },
    pages: { type: 'string' },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number of 1 or more, got "${options.runs}"`);

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];
/** The lowest median score (0–100) --assert accepts in each category, on a machine fast enough for it. */
const bar: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
/**
 * How far below the framework's floor a page may score in performance, where the floor itself is under 100.
 * On the 2-core machine CI runs on, the medians of 3 runs sit 0–10 points under the floor, and one run strays
 * by up to 8 more (docs/benchmarks.md): a margin any narrower fails CI on noise.
 */
const FLOOR_MARGIN = 20;
/** Runs of the floor page, whatever --runs says: every page's performance bar may rest on its median. */
const FLOOR_RUNS = 5;

interface RunFigures {
  scores: Record<Category, number>;
  lcp: number;
  cls: number;
  tbt: number;
  /** Lighthouse's measure of this machine's CPU speed during the run (higher is faster). */
  benchmarkIndex: number;
  /** Audits that lost points in a category held to 100, to say why a page fell short. */
  failedAudits: string[];
}

const allPages = await getSitePages();
const wanted = options.pages?.split(',').map((page) => page.trim());
const pages = wanted ? allPages.filter((page) => wanted.includes(page.path)) : allPages;
if (wanted && pages.length !== wanted.length) {
  throw new Error(`--pages names pages the site does not have; it has ${allPages.map((page) => page.path).join(', ')}`);
}

const site = await startSite(3997);
const floorSource = missingPages[0]?.path;
if (!floorSource) throw new Error('no not-found address to measure the framework floor with');
// Every page goes through the proxy, the floor included, so all are measured the same way.
const proxy = await startFloorProxy(site.origin, floorSource);
// Lighthouse's own launcher, started as Lighthouse's command line starts it.
const browser = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless', ...chromiumFlags] });
const outDir = path.join(reportsDir, 'lighthouse');
await mkdir(outDir, { recursive: true });

/** One Lighthouse run of one address; the report is written to reports/lighthouse/<name>.html. */
async function audit(address: string, indexable: boolean, reportName: string | null): Promise<RunFigures> {
  const result = await lighthouse(
    `${proxy.origin}${address}`,
    {
      port: browser.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: [...categories],
      // A noindex page is meant to be blocked from indexing.
      skipAudits: indexable ? null : ['is-crawlable'],
    },
    undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${address}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${address}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const failedAudits = categories
    .filter((category) => bar[category] === 100)
    .flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category}: ${ref.id} (${lhr.audits[ref.id]?.title ?? ''})`),
    );
  if (reportName) await writeFile(path.join(outDir, `${reportName}.html`), String(result.report));
  return {
    scores: Object.fromEntries(categories.map((category) => [category, score(category)])) as Record<Category, number>,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failedAudits,
  };
}

interface Measured {
  path: string;
  indexable: boolean;
  runs: RunFigures[];
}

function summarise(page: Measured) {
  const med = (pick: (run: RunFigures) => number) => median(page.runs.map(pick));
  return {
    path: page.path,
    indexable: page.indexable,
    scores: Object.fromEntries(categories.map((category) => [category, med((run) => run.scores[category])])) as Record<
      Category,
      number
    >,
    lcp: med((run) => run.lcp),
    cls: med((run) => run.cls),
    tbt: med((run) => run.tbt),
    failedAudits: [...new Set(page.runs.flatMap((run) => run.failedAudits))],
  };
}

/** Runs a page is judged on when one run (as in CI) falls below the bar: one slow run is noise, three are not. */
const CONFIRMING_RUNS = 3;

/** The framework's floor: the not-found page, measured like a page. */
const floorLabel = `floor (${floorSource})`;
let floor: Measured;
let performanceBar = bar.performance;
const results: Measured[] = [];
try {
  const floorRuns: RunFigures[] = [];
  for (let run = 1; run <= Math.max(runs, FLOOR_RUNS); run++) {
    floorRuns.push(await audit(proxy.floorPath, false, run === 1 ? 'framework-floor' : null));
  }
  floor = { path: floorLabel, indexable: false, runs: floorRuns };
  const floorPerformance = summarise(floor).scores.performance;
  if (floorPerformance < 100) performanceBar = Math.min(bar.performance, floorPerformance - FLOOR_MARGIN);
  process.stderr.write(`  ${floorLabel}: ${floorRuns.length} run(s) done\n`);

  for (const page of pages) {
    const measured: Measured = { path: page.path, indexable: page.indexable, runs: [] };
    for (let run = 1; run <= runs; run++) {
      measured.runs.push(await audit(page.path, page.indexable, run === runs ? pageFileName(page.path) : null));
    }
    if (options.assert && summarise(measured).scores.performance < performanceBar) {
      while (measured.runs.length < CONFIRMING_RUNS) measured.runs.push(await audit(page.path, page.indexable, null));
    }
    results.push(measured);
    process.stderr.write(`  ${page.path}: ${measured.runs.length} run(s) done\n`);
  }
} finally {
  browser.kill();
  await proxy.stop();
  await site.stop();
}

const floorRow = summarise(floor);
const rows = results.map(summarise);
const pageBar: Record<Category, number> = { ...bar, performance: performanceBar };

const benchmarkIndex = median([floor, ...results].flatMap((page) => page.runs.map((run) => run.benchmarkIndex)));
const confirmed = results.filter((page) => page.runs.length > runs).map((page) => page.path);
console.log(
  `\nLighthouse ${runs > 1 ? `median of ${runs} runs` : '1 run'} per page${confirmed.length ? ` (median of ${CONFIRMING_RUNS} for ${confirmed.join(', ')}, below the bar after ${runs})` : ''}, the floor median of ${floor.runs.length}; mobile (simulated throttling); CPU benchmark index ${Math.round(benchmarkIndex)}\n`,
);
console.log('| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |');
console.log('| --- | --: | --: | --: | --: | --: | --: | --: |');
for (const row of [floorRow, ...rows]) {
  const seo = row === floorRow ? '–' : `${row.scores.seo}${row.indexable ? '' : '*'}`;
  console.log(
    `| ${row.path} | ${row.scores.performance} | ${row.scores.accessibility} | ${row.scores['best-practices']} | ${seo} | ${(row.lcp / 1000).toFixed(2)} s | ${row.cls.toFixed(3)} | ${Math.round(row.tbt)} ms |`,
  );
}
console.log(
  `\nThe floor is the not-found page served with status 200: the layout and the framework's runtime, none of the article. Its SEO score is not one (a not-found page is noindex).`,
);
if (rows.some((row) => !row.indexable)) {
  console.log('\\* noindex by design (side-by-side view): SEO leaves out the "blocked from indexing" audit.');
}
console.log(
  performanceBar < bar.performance
    ? `Performance bar: ${performanceBar}, the floor (${floorRow.scores.performance}) less ${FLOOR_MARGIN}: on this machine the framework's floor itself scores under 100.`
    : `Performance bar: ${bar.performance}.`,
);
await writeFile(
  path.join(outDir, 'summary.json'),
  `${JSON.stringify({ benchmarkIndex, performanceBar, floor: floorRow, pages: rows }, null, 2)}\n`,
);
console.log(`\nFull reports: ${outDir}/`);

if (options.assert) {
  const failures = rows.flatMap((row) =>
    categories
      .filter((category) => row.scores[category] < pageBar[category])
      .map(
        (category) =>
          `${row.path}: ${category} ${row.scores[category]}, below ${pageBar[category]}${
            pageBar[category] === 100
              ? `; audits that lost points: ${row.failedAudits.filter((audit) => audit.startsWith(category)).join('; ') || 'none in the median run'}`
              : ''
          }`,
      ),
  );
  if (failures.length > 0) {
    console.error(
      `\n${failures.length} page(s) below the bar:\n${failures.map((failure) => `  ${failure}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`\nEvery page meets the bar: performance ≥ ${performanceBar}, the other categories 100.`);
}
