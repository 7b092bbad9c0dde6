// @vitest-environment node
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expectedOutput } from '@/tests/expected-file';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/scripts/content-check';
import { contentFixtures, fixtureCases, materialiseFixture } from '@/scripts/lib/content-fixture';

/*
 * Each case under tests/fixtures/content/ is checked as `npm run content:check`
 * would check it, and the report compared with the case's expected.txt, where
 * the content folder reads as `content/`. UPDATE_FIXTURES=1 rewrites the
 * expected files (never under CI, where a missing one fails); read the diff
 * before committing it.
 */
async function reportFor(name: string) {
  const root = materialiseFixture(name);
  try {
    const result = await checkContent(root);
    const shown = path.relative(process.cwd(), root);
    return { ...result, report: `${result.report.split(shown).join('content')}\n` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('npm run content:check', () => {
  for (const name of fixtureCases()) {
    it(`reports ${name} with the file, the line and what to do`, async () => {
      const { report } = await reportFor(name);
      const expectedPath = path.join(contentFixtures, name, 'expected.txt');
      expect(report).toBe(expectedOutput(expectedPath, report));
    });
  }

  it('has every rule it reports explained in docs/editing.md, in Chinese and in English', () => {
    const rules = new Set(
      fixtureCases().flatMap((name) =>
        [...readFileSync(path.join(contentFixtures, name, 'expected.txt'), 'utf8').matchAll(/\(([a-z-]+)\)$/gm)].map(
          (match) => match[1],
        ),
      ),
    );
    expect(rules.size).toBeGreaterThan(10);
    const [chinese = '', english = ''] = readFileSync(path.join(process.cwd(), 'docs/editing.md'), 'utf8').split(
      '\n## English\n',
    );
    for (const rule of rules) {
      // A row of the messages table: | `rule` | …
      const row = new RegExp(`^\\|\\s*\`${rule}\`\\s*\\|`, 'm');
      expect(chinese, `${rule} in the Chinese half`).toMatch(row);
      expect(english, `${rule} in the English half`).toMatch(row);
    }
  });

  it('quotes, in the English half of docs/editing.md, only message openings the check really prints for that rule', () => {
    const reports = fixtureCases().flatMap((name) =>
      readFileSync(path.join(contentFixtures, name, 'expected.txt'), 'utf8').split('\n'),
    );
    const [, english = ''] = readFileSync(path.join(process.cwd(), 'docs/editing.md'), 'utf8').split('\n## English\n');
    const table = english.slice(english.indexOf('### 10.'), english.indexOf('### 11.'));
    const rows = [...table.matchAll(/^\|\s*`([a-z-]+)`\s*\|([^|]*)\|/gm)];
    expect(rows.length).toBeGreaterThan(30);
    // Guards against faults of the parser or of a check, which no content fixture provokes (the fuzz run does: tests/lib/content/content-fuzz.ts).
    const faults = new Set(['unexpected <…> block', 'this file could not be read', 'the check … failed']);
    const unmatched: string[] = [];
    for (const [, rule, opening = ''] of rows) {
      for (const [, quoted = ''] of opening.matchAll(/`([^`]+)`/g)) {
        // "…" in the guide stands for the words that vary.
        if (faults.has(quoted)) continue;
        const pattern = new RegExp(
          quoted
            .split('…')
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*'),
        );
        if (!reports.some((line) => line.endsWith(`(${rule})`) && pattern.test(line)))
          unmatched.push(`${rule}: ${quoted}`);
      }
    }
    expect(unmatched).toEqual([]);
  });

  it('passes the site’s own content without an error', async () => {
    const { errors } = await checkContent(path.join(process.cwd(), 'content'));
    expect(errors).toBe(0);
  });

  it('starts every message with path:line:column, as compilers do', async () => {
    const { report } = await reportFor('misaligned');
    const messages = report.trim().split('\n').slice(0, -1);
    expect(messages.length).toBeGreaterThan(0);
    for (const line of messages) expect(line).toMatch(/^content\/(zh|en)\/[a-z-]+\.md:\d+:\d+: (error|warning): /);
  });

  it('reports each place where a pair parts once, at the block concerned, naming the line in the other file', async () => {
    const { report } = await reportFor('misaligned');
    expect(report).toContain(
      'content/en/alpha.md:9:1: error: paragraph 1 and paragraph 2 (line 11) translate one Chinese block, content/zh/alpha.md:8 (paragraph 1), split in two: join them into one',
    );
    expect(report).toContain(
      'content/zh/gamma.md:14:1: error: paragraph 3 has no counterpart in the English: translate it into content/en/gamma.md after content/en/gamma.md:13 (paragraph 2), or remove it here',
    );
    const messages = report.trim().split('\n').slice(0, -1);
    expect(new Set(messages).size).toBe(messages.length);
    expect(messages.filter((line) => line.includes('/beta.md'))).toHaveLength(1);
  });

  /** The report for the site's own content with one file edited as an editor might have. */
  async function reportWithEdit(file: string, edit: (text: string) => string) {
    const root = mkdtempSync(path.join(tmpdir(), 'content-edited-'));
    try {
      cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
      writeFileSync(path.join(root, file), edit(readFileSync(path.join(root, file), 'utf8')));
      const { report } = await checkContent(root);
      return report.split(path.relative(process.cwd(), root)).join('content');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const paragraphs = (text: string) => text.split('\n\n');
  /** The messages an edit adds to what the check says of the content as it is. */
  async function newMessages(file: string, edit: (text: string) => string) {
    const lines = (report: string) => report.trim().split('\n').slice(0, -1);
    const before = new Set(lines(await reportWithEdit(file, (text) => text)));
    return lines(await reportWithEdit(file, edit)).filter((line) => !before.has(line));
  }

  it('gives one message for a paragraph missing from the article’s English: at its Chinese original, no key-figure or glossary echo', async () => {
    // The fifth paragraph of labs.md is the source of two key figures on the front page.
    const messages = await newMessages('en/labs.md', (text) => {
      const parts = paragraphs(text);
      const fifth = parts.findIndex((part) => part.startsWith('Jinfeng Laboratory is just one example'));
      return parts.filter((_, i) => i !== fifth).join('\n\n');
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^content\/zh\/labs\.md:\d+:1: error: paragraph 5 has no counterpart in the English: translate it into content\/en\/labs\.md after content\/en\/labs\.md:\d+ \(figure 2\), or remove it here\./,
      ),
    ]);
  });

  it('reports a misspelt image as a missing image and nothing else', async () => {
    const messages = await newMessages('en/labs.md', (text) =>
      text.replace('(../images/jinfeng-laboratory.jpg', '(../images/jinfeng-labratory.jpg'),
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^content\/en\/labs\.md:24:1: error: image not found: .*jinfeng-labratory\.jpg; did you mean jinfeng-laboratory\.jpg\? Otherwise add the file, or correct the path .*\(image\)$/,
      ),
    ]);
  });

  it('exits with 1 on errors and 0 on warnings, printing the report either way', async () => {
    const run = promisify(execFile);
    const cli = (name: string) => {
      const root = materialiseFixture(name);
      return run('node_modules/.bin/tsx', ['scripts/content-check.ts'], { env: { ...process.env, CONTENT_DIR: root } })
        .then(({ stdout }) => ({ code: 0, output: stdout }))
        .catch((error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }))
        .finally(() => rmSync(root, { recursive: true, force: true }));
    };
    const [failing, passing] = await Promise.all([cli('orders'), cli('glossary-and-freshness')]);
    expect(failing.code).toBe(1);
    expect(failing.output).toMatch(/error: order 1 is also used by/);
    expect(passing.code).toBe(0);
    expect(passing.output).toMatch(/warning: "金凤实验室"/);
  }, 30_000);
});
