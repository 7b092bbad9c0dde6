// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/load';
import { formatQuantity, formatYuan } from '@/lib/format';

/*
 * The front page's key figures and chart data, as the loader checks them
 * (over a copy of the real content, edited per test) and against the
 * printed article.
 */
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'key-figures-'));
  cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function edit(relative: string, from: string, to: string) {
  const file = path.join(root, relative);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${relative} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

async function errors() {
  const { files, content } = await readContent(root);
  return { content, messages: files.flatMap((file) => file.messages.filter((m) => m.fatal).map(String)) };
}

describe('the key figures, as the loader checks them', () => {
  it('reads the six figures and the investments of the article, the same in both languages', async () => {
    const { content, messages } = await errors();
    expect(messages).toEqual([]);
    const values = (locale: 'zh' | 'en') => content?.frontPages[locale].keyFigures.map((figure) => figure.value);
    expect(values('zh')).toEqual([11, 67, 311, 327, 170_000, 20]);
    expect(values('en')).toEqual(values('zh'));
    expect(content?.frontPages.en.investments?.total.yuan).toBe(35_150_000_000);
    expect(content?.frontPages.en.investments?.parts.map((part) => part.yuan)).toEqual([6e9, 2.5e9]);
  });

  it('refuses a translation whose number differs from the original, naming the file and the line', async () => {
    edit('en/index.md', '  - value: 311\n', '  - value: 312\n');
    const { content, messages } = await errors();
    expect(content).toBeNull();
    expect(messages).toEqual([
      expect.stringMatching(
        /en\/index\.md:\d+:1: key figure 3 is 312 from reforms#p3 here but 311 from reforms#p3 in .*zh\/index\.md: both languages list the same figures/,
      ),
    ]);
    const line = Number(messages[0]?.match(/index\.md:(\d+):/)?.[1]);
    expect(readFileSync(path.join(root, 'en/index.md'), 'utf8').split('\n')[line - 1]).toBe('  - value: 312');
  });

  it('refuses a source that names a block the section does not have, listing the blocks it has', async () => {
    edit('zh/index.md', 'source: "labs#p4"', 'source: "labs#p9"');
    const { messages } = await errors();
    expect(messages.join('\n')).toMatch(/zh\/index\.md:\d+:1: source "labs#p9": .*zh\/labs\.md has no block "p9" \(its blocks are p1, p2, fig1, p3, p4, fig2, p5\)/);
  });

  it('refuses a source that names no section', async () => {
    edit('en/index.md', 'source: "reforms#p4"', 'source: "reform#p4"');
    const { messages } = await errors();
    expect(messages.join('\n')).toMatch(/en\/index\.md:\d+:1: source "reform#p4" names a section "reform" that does not exist/);
  });

  it('refuses investments whose named parts add up to more than the total', async () => {
    edit('zh/index.md', '      yuan: 6000000000', '      yuan: 60000000000');
    const { messages } = await errors();
    expect(messages.join('\n')).toMatch(/zh\/index\.md:\d+:\d+: field "investments.parts": the parts add up to more than the total/);
  });
});

/** The printed article, with the half-width punctuation the content writes in full width. */
const original = readFileSync(path.join(process.cwd(), 'tests/fixtures/article.zh.txt'), 'utf8')
  .replace(/\(/g, '（')
  .replace(/\)/g, '）')
  .replace(/\s+/g, '');

/** The amounts a text states, in units: 351.5亿 and 35.15 billion are both 35,150,000,000. */
function amountsIn(text: string): number[] {
  const units: Record<string, number> = { 万: 1e4, 亿: 1e8, billion: 1e9, million: 1e6 };
  return [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(万|亿|billion|million)?/g)]
    .map((match) => Number((match[1] ?? '').replace(/,/g, '')) * (units[match[2] ?? ''] ?? 1))
    .map((amount) => Math.round(amount));
}

describe('the key figures, against the article', async () => {
  const { content } = await readContent(path.join(process.cwd(), 'content'));
  if (!content) throw new Error('the content has errors: run npm run content:check');
  const zh = content.frontPages.zh;
  const en = content.frontPages.en;

  it.each(zh.keyFigures.map((figure) => [figure.label, figure] as const))(
    'gives “%s” with the number the article prints',
    (_, figure) => {
      const { before, number, after } = formatQuantity(figure.value, 'zh', figure.qualifier);
      expect(original).toContain(`${before}${number}${after}${figure.unit ?? ''}`);
      const printed = amountsIn(original);
      for (const amount of amountsIn(figure.detail ?? '')) expect(printed).toContain(amount);
    },
  );

  it('gives the same amounts in the English details as in the Chinese ones', () => {
    en.keyFigures.forEach((figure, i) => {
      expect(amountsIn(figure.detail ?? '')).toEqual(amountsIn(zh.keyFigures[i]?.detail ?? ''));
    });
  });

  it('charts the investments the article names', () => {
    const investments = zh.investments;
    if (!investments) throw new Error('the front page has no investments');
    expect(original).toContain(`计划总投资${formatYuan(investments.total.yuan, 'zh')}`);
    expect(original).toContain(`总投资${formatYuan(investments.parts[0]?.yuan ?? 0, 'zh')}的石板大健康产业园`);
    expect(original).toContain(`总投资${formatYuan(investments.parts[1]?.yuan ?? 0, 'zh')}`);
  });
});
