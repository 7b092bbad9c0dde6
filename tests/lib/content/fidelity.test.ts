// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/load';
import type { Block, SiteContent } from '@/lib/content/types';
import { zh as zhDictionary } from '@/lib/dictionaries/zh';

/*
 * The Chinese pages are the original. Every paragraph of the printed page
 * (tests/fixtures/article.zh.txt, a text dump) must appear in the Chinese
 * content, word for word, allowing only what the content format allows:
 * full-width punctuation and words rejoined across page breaks.
 */
const dump = readFileSync(path.join(process.cwd(), 'tests/fixtures/article.zh.txt'), 'utf8');

/** Half-width punctuation in Chinese text, as the content normalises it. */
function normalise(text: string): string {
  const fullWidth: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
  return text.replace(/[,;:!?()]/g, (char) => fullWidth[char] ?? char);
}

/**
 * The printed page's paragraphs. Running text (it has commas; headlines and
 * captions have none) that stops on a character instead of punctuation was
 * cut by a page break: it joins the next chunk.
 */
function originalParagraphs(): { paragraphs: string[]; repairs: number } {
  const chunks = dump
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean);
  const paragraphs: string[] = [];
  let repairs = 0;
  for (const chunk of chunks) {
    const previous = paragraphs.at(-1);
    const cutMidWord = previous !== undefined && /[,，]/.test(previous) && /\p{Script=Han}$/u.test(previous);
    if (cutMidWord && /^\p{Script=Han}/u.test(chunk)) {
      paragraphs[paragraphs.length - 1] = previous + chunk;
      repairs++;
    } else {
      paragraphs.push(chunk);
    }
  }
  return { paragraphs, repairs };
}

/*
 * A figure counts with the photo's own credit as printed (摄/雷键): while the
 * file is a drawn stand-in, the page shows 示意图（原图：雷键摄，未收录）, and
 * the printed credit comes back when the photo is saved under the same name.
 * The footer's note on photos (photoCredit) likewise waits for a real photo.
 */
function blockTexts(blocks: Block[]): string[] {
  return blocks.map((block) =>
    block.kind === 'figure' ? `${block.figure.caption} ${block.figure.originalCredit}` : toString(block.element),
  );
}

/** Everything the Chinese content carries for its pages, as the print has it. */
function chineseText(content: SiteContent): string {
  const front = content.frontPages.zh;
  return [
    `${front.kicker.join(' ')} ${front.title}`,
    zhDictionary.leadLabel,
    front.lead,
    ...blockTexts(front.blocks),
    front.author,
    front.photoCredit,
    ...content.sections.flatMap((entry) => {
      const section = entry.versions.zh;
      return section ? [section.title, ...blockTexts(section.blocks)] : [];
    }),
  ]
    .map(normalise)
    .join('\n');
}

describe('the Chinese content', () => {
  it('reads the printed page as paragraphs, rejoining the three words split by page breaks', () => {
    const { paragraphs, repairs } = originalParagraphs();
    expect(repairs).toBe(3);
    expect(paragraphs.some((paragraph) => paragraph.includes('国家实验室的“生力军”'))).toBe(true);
    expect(paragraphs.some((paragraph) => paragraph.includes('集研发办公'))).toBe(true);
    expect(paragraphs.some((paragraph) => paragraph.includes('政务服务大数据库'))).toBe(true);
  });

  it('carries every paragraph of the original, word for word', async () => {
    const { content } = await readContent(path.join(process.cwd(), 'content'));
    if (!content) throw new Error('the content has errors: run npm run content:check');
    const text = chineseText(content);
    // A printed paragraph may hold line breaks (the byline block): each line must be there.
    const lines = originalParagraphs().paragraphs.flatMap((paragraph) => paragraph.split('\n').map(normalise));
    expect(lines.length).toBeGreaterThan(30);
    expect(lines.filter((line) => !text.includes(line))).toEqual([]);
  });

  it('shows each of the six photos of the article once, with its caption and credit', async () => {
    const { content } = await readContent(path.join(process.cwd(), 'content'));
    const figures = [content?.frontPages.zh, ...(content?.sections.map((entry) => entry.versions.zh) ?? [])]
      .flatMap((page) => page?.blocks ?? [])
      .flatMap((block) => (block.kind === 'figure' ? [`${block.figure.caption} ${block.figure.originalCredit}`] : []));
    // The print ran them in the order of its page layout; docs/editorial-notes.md says where each stands now and why.
    expect(figures).toEqual([
      '科学城一隅 摄/曾诚',
      '金凤实验室工作人员科研忙 摄/雷键',
      '金凤实验室 摄/曾诚',
      '市四院科学城院区效果图 西部（重庆）科学城管委会供图',
      '中科院重庆科学中心 摄/曾诚',
      '金凤软件园 摄/雷键',
    ]);
  });
});
