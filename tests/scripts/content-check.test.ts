// @vitest-environment node
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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

  it('reports a misaligned pair in both files, each naming the line in the other', async () => {
    const { report } = await reportFor('misaligned');
    expect(report).toContain(
      'content/en/alpha.md:11:1: error: paragraph 2 has no counterpart in the Chinese: content/zh/alpha.md:10 (heading 1) is the twin of the block after it.',
    );
    expect(report).toContain(
      'content/zh/alpha.md:10:1: error: the English has a block that this file lacks just before this one: paragraph 2 (content/en/alpha.md:11) has no Chinese counterpart.',
    );
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
