/**
 * How long the content check takes on pathological Markdown, by input class
 * (scripts/lib/pathological-markdown.ts): for each, the worst file the limits
 * of lib/content/markdown-limits.ts let through, and one far beyond them,
 * which must be refused. Each is checked as `npm run content:check` checks a
 * folder (the test fixtures' small site plus that one file); the figure is
 * the worst of the runs, less nothing: it is what an editor waits. Fails
 * (exit 1) when a class takes 2 s or more, or a file beyond the limits is
 * not refused.
 *
 *   npm run bench:content
 *   npm run bench:content -- --runs=5
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../lib/content/load';
import { materialiseFixture } from './lib/content-fixture';
import { pathologicalClasses } from './lib/pathological-markdown';

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(options.runs));
const budgetMs = 2_000;

const frontMatter = '---\ntitle: "Bench"\nshortTitle: "Bench"\nsummary: "A pathological file."\norder: 9\n---\n\n';

interface Timing {
  worstMs: number;
  errors: number;
  /** The first error on the file, as content:check prints it. */
  first: string;
}

/** Checks the fixture site plus `body` as a one-language section, `runs` times; the worst time. */
async function time(body: string): Promise<Timing> {
  const root = materialiseFixture('base', mkdtempSync(path.join(tmpdir(), 'bench-content-')));
  try {
    writeFileSync(path.join(root, 'zh', 'bench.md'), `${frontMatter}${body}\n`);
    let worstMs = 0;
    let result: Timing = { worstMs: 0, errors: 0, first: '' };
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      const { files } = await readContent(root);
      worstMs = Math.max(worstMs, performance.now() - start);
      const bench = files.find((file) => file.path.endsWith(path.join('zh', 'bench.md')));
      const errors = bench?.messages.filter((message) => message.fatal === true) ?? [];
      result = {
        worstMs,
        errors: errors.length,
        first: errors[0] ? `${errors[0].line}:${errors[0].column}: ${errors[0].reason}` : '',
      };
    }
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const baseline = await time('A plain paragraph.');
  console.log(
    `bench:content: ${runs} run(s) per input, worst time; the fixture site alone takes ${baseline.worstMs.toFixed(0)} ms`,
  );
  console.log(`${'class'.padEnd(42)} ${'within limits'.padStart(14)} ${'beyond limits'.padStart(14)}  refused with`);
  let failed = false;
  for (const input of pathologicalClasses) {
    const within = await time(input.within());
    const beyond = await time(input.beyond());
    const refused = beyond.first.includes('(see "Limits"') || beyond.errors > 0;
    const slow = Math.max(within.worstMs, beyond.worstMs) >= budgetMs;
    if (slow || !refused) failed = true;
    console.log(
      `${input.name.padEnd(42)} ${`${within.worstMs.toFixed(0)} ms`.padStart(14)} ${`${beyond.worstMs.toFixed(0)} ms`.padStart(14)}  ${refused ? beyond.first.slice(0, 90) : 'NOT REFUSED'}${slow ? '  SLOWER THAN 2 s' : ''}`,
    );
  }
  console.log(
    failed
      ? 'bench:content: a class is over 2 s or was not refused'
      : `bench:content: every class under ${budgetMs / 1000} s`,
  );
  if (failed) process.exitCode = 1;
}

await main();
