// @vitest-environment node
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/load';
import { markTranslated } from '@/scripts/content-translated';
import { materialiseFixture } from '@/scripts/lib/content-fixture';

let root: string;

beforeEach(() => {
  root = materialiseFixture('new-section');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

async function translationWarnings() {
  const { files, content } = await readContent(root);
  const warnings = files.flatMap((file) =>
    file.messages.filter((message) => message.ruleId === 'translation').map(String),
  );
  return { warnings, content };
}

function editChinese(change: (text: string) => string) {
  const file = path.join(root, 'zh/beta.md');
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('translation freshness', () => {
  it('warns at the English file, and marks its page, once the Chinese original changes', async () => {
    editChinese((text) => text.replace('第二节的第一段。', '第二节的第一段，改过了。'));
    const { warnings, content } = await translationWarnings();
    expect(warnings).toEqual([
      expect.stringMatching(/en\/beta\.md:\d+:\d+: .*zh\/beta\.md has changed .*since this translation/),
    ]);
    const beta = content?.sections.find((entry) => entry.slug === 'beta');
    expect(beta?.versions.en?.translationIsStale).toBe(true);
    expect(beta?.versions.zh?.translationIsStale).toBe(false);
  });

  it('is quiet again after npm run content:translated', async () => {
    editChinese((text) => text.replace('第二节的第一段。', '第二节的第一段，改过了。'));
    expect(await markTranslated(root, 'beta')).toMatch(
      /en\/beta\.md now records the version of each of the \d+ blocks of .*zh\/beta\.md/,
    );
    const { warnings, content } = await translationWarnings();
    expect(warnings).toEqual([]);
    expect(content?.sections.find((entry) => entry.slug === 'beta')?.versions.en?.translationIsStale).toBe(false);
  });

  it('names the paragraph that changed, at its English twin, once the record is per block', async () => {
    await markTranslated(root, 'beta');
    editChinese((text) => text.replace('第二节的第一段。', '第二节的第一段，改过了。'));
    const { warnings, content } = await translationWarnings();
    expect(warnings).toEqual([
      expect.stringMatching(
        /en\/beta\.md:\d+:1: in .*zh\/beta\.md, paragraph 1 \(line \d+\) has changed since this translation was last brought up to date, and the English page says so: update paragraph 1 here \(line \d+\), then run `npm run content:translated -- beta`$/,
      ),
    ]);
    expect(content?.sections.find((entry) => entry.slug === 'beta')?.versions.en?.originalChanges.blocks).toEqual([
      'p1',
    ]);
  });

  it('refuses a section without a Chinese original, naming the file', async () => {
    await expect(markTranslated(root, 'gamma')).rejects.toThrow(/zh\/gamma\.md: no such file/);
  });
});
