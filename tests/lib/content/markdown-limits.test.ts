// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/load';
import { isWithinMarkdownLimits, markdownLimits } from '@/lib/content/markdown-limits';
import { pathologicalClasses } from '@/scripts/lib/pathological-markdown';
import { materialiseFixture } from '@/scripts/lib/content-fixture';

const budgetMs = 2_000;
const frontMatter = '---\ntitle: "测试"\nshortTitle: "测试"\nsummary: "摘要。"\norder: 9\n---\n\n';
const root = materialiseFixture('base', mkdtempSync(path.join(tmpdir(), 'markdown-limits-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Checks the fixture site with `body` as a Chinese section, as content:check
 * does: its messages, and the time taken, the fastest of up to 3 runs (the
 * test shares 2 cores with the rest of the suite; `npm run bench:content`
 * reports the worst of quiet runs).
 */
async function check(body: string) {
  writeFileSync(path.join(root, 'zh', 'bench.md'), `${frontMatter}${body}\n`);
  let ms = Infinity;
  let messages: VFile['messages'] = [];
  for (let run = 0; run < 3 && ms >= budgetMs; run += 1) {
    const start = performance.now();
    const { files } = await readContent(root);
    ms = Math.min(ms, performance.now() - start);
    messages = files.find((candidate) => candidate.path.endsWith(path.join('zh', 'bench.md')))?.messages ?? [];
  }
  return { ms, messages };
}

function limitsMessage(file: VFile) {
  return file.messages.find((message) => message.ruleId === 'limits');
}

describe('the limits on a content file', () => {
  for (const input of pathologicalClasses) {
    it(`refuses ${input.name} beyond the limits at once, at a line, saying why`, async () => {
      const { ms, messages } = await check(input.beyond());
      const refusal = messages.find((message) => message.ruleId === 'limits');
      expect(refusal?.fatal, messages.map(String).join('\n')).toBe(true);
      expect(String(refusal)).toMatch(/bench\.md:\d+:\d+: .* \(see "Limits" in docs\/editing\.md\)$/);
      expect(ms).toBeLessThan(budgetMs);
    });

    it(`checks the worst ${input.name} within the limits in under 2 s, without a refusal`, async () => {
      const { ms, messages } = await check(input.within());
      expect(messages.filter((message) => message.ruleId === 'limits' || message.ruleId === 'unreadable')).toEqual([]);
      expect(ms).toBeLessThan(budgetMs);
    });
  }

  it('lets escaped marks through: a backslash makes them text, which costs the parser nothing', () => {
    const file = new VFile({ path: 'content/zh/a.md', value: '\\*'.repeat(markdownLimits.marksPerBlock + 1) });
    expect(isWithinMarkdownLimits(file)).toBe(true);
  });

  it('does not count what a fenced code block holds', () => {
    const code = `\`\`\`\n${'    '.repeat(20)}${'*_'.repeat(markdownLimits.marksPerBlock)}\n\`\`\`\n`;
    const file = new VFile({ path: 'content/zh/a.md', value: code });
    expect(isWithinMarkdownLimits(file)).toBe(true);
    expect(limitsMessage(file)).toBeUndefined();
  });
});
