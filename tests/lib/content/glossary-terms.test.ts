// @vitest-environment node
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/lib/content/glossary';
import { glossaryKeys, glossaryMarkOf, glossaryMarksOf, markGlossaryTerms } from '@/lib/content/glossary-terms';
import type { Block } from '@/lib/content/types';
import { parseMarkdown } from '@/lib/content/markdown';
import type { Locale } from '@/lib/i18n';

/** An entry with its traditional side as the converter would write it. */
function entry(
  zh: string,
  zhHant: string,
  en: string,
  note: { zh: string; zhHant: string; en: string },
  pinyin?: string,
): GlossaryEntry {
  return { zh, 'zh-hant': zhHant, en, note: { zh: note.zh, 'zh-hant': note.zhHant, en: note.en }, ...(pinyin ? { pinyin } : {}) };
}

const glossary: GlossaryEntry[] = [
  entry('科学城', '科學城', 'Science City', {
    zh: '本文中指西部（重庆）科学城。',
    zhHant: '本文中指西部（重慶）科學城。',
    en: 'Short for the Western Science City.',
  }, 'Kēxuéchéng'),
  entry('一业一证（照）', '一業一證（照）', 'one industry, one permit', {
    zh: '审批改革。',
    zhHant: '審批改革。',
    en: 'A permit reform.',
  }),
  entry('一业一证', '一業一證', 'one industry, one permit', { zh: '简称。', zhHant: '簡稱。', en: 'Short form.' }),
  entry('金凤实验室', '金鳳實驗室', 'Jinfeng Laboratory', { zh: '实验室。', zhHant: '實驗室。', en: 'A laboratory.' }, 'Jīnfèng Shíyànshì'),
  entry('凤栖湖', '鳳棲湖', 'Fengqi Lake', { zh: '湖。', zhHant: '湖。', en: 'A lake.' }, 'Fèngqī Hú'),
];

function blocksOf(markdown: string, locale: Locale): Block[] {
  return parseMarkdown(new VFile({ path: 'test.md', value: markdown }), locale).blocks as Block[];
}

function marks(blocks: Block[]) {
  const found: { key: string; term: string; zh: string }[] = [];
  for (const block of blocks) {
    if (block.kind === 'figure') continue;
    visit(block.element, 'element', (node: Element) => {
      const mark = glossaryMarkOf(node);
      if (mark) found.push({ key: mark.key, term: toString(node), zh: mark.entry.zh });
    });
  }
  return found;
}

describe('markGlossaryTerms', () => {
  it('marks the first occurrence of each term on the page, and only the first', () => {
    const blocks = blocksOf('The Science City grows.\n\nThe Science City builds, as the Science City does.', 'en');
    expect(marks(markGlossaryTerms(blocks, glossary, 'en'))).toEqual([
      { key: 'kexuecheng', term: 'Science City', zh: '科学城' },
    ]);
  });

  it('prefers the longer term, so 一业一证（照） is one term and the later 一业一证 another', () => {
    const blocks = blocksOf('推动“一业一证（照）”跨省通办，实现异地办理“一业一证”。', 'zh');
    expect(marks(markGlossaryTerms(blocks, glossary, 'zh')).map((mark) => mark.term)).toEqual([
      '一业一证（照）',
      '一业一证',
    ]);
  });

  it('leaves headings, links and code alone', () => {
    const blocks = blocksOf(
      '## Science City\n\n[Science City](https://example.org) and `Science City`\n\nThen the Science City.',
      'en',
    );
    expect(marks(markGlossaryTerms(blocks, glossary, 'en'))).toEqual([
      { key: 'kexuecheng', term: 'Science City', zh: '科学城' },
    ]);
  });

  it('keeps every word of the text, in order', () => {
    const blocks = blocksOf('在科学城，“一业一证（照）”跨省通办。', 'zh');
    const [before] = blocks;
    const [after] = markGlossaryTerms(blocks, glossary, 'zh');
    if (before?.kind === 'figure' || after?.kind === 'figure') throw new Error('expected a paragraph');
    expect(toString(after?.element as Element)).toBe(toString(before?.element as Element));
  });

  it('does not change the blocks it was given, which the loader caches for every page', () => {
    const blocks = blocksOf('The Science City grows.', 'en');
    const snapshot = structuredClone(blocks);
    markGlossaryTerms(blocks, glossary, 'en');
    expect(blocks).toEqual(snapshot);
  });
});

describe('glossaryKeys', () => {
  it('keys each entry by its pinyin without tone marks, or by its Chinese name when it has none', () => {
    const keys = glossaryKeys(glossary);
    expect(glossary.map((item) => keys.get(item))).toEqual([
      'kexuecheng',
      '一业一证-照',
      '一业一证',
      'jinfeng-shiyanshi',
      'fengqi-hu',
    ]);
  });

  it('keeps keys unique when two entries would share one', () => {
    const twins = [entry('长江', '長江', 'Yangtze', { zh: '', zhHant: '', en: '' }, 'Cháng Jiāng'), entry('长 江', '長 江', 'Chang Jiang', { zh: '', zhHant: '', en: '' }, 'Cháng-Jiāng')];
    expect([...glossaryKeys(twins).values()]).toEqual(['chang-jiang', 'chang-jiang-2']);
  });
});

describe('glossaryMarksOf', () => {
  it('lists each term the page marks once, in the order the text first uses it', () => {
    const blocks = markGlossaryTerms(
      blocksOf('凤栖湖畔的金凤实验室。\n\n金凤实验室在科学城，凤栖湖也在科学城。', 'zh'),
      glossary,
      'zh',
    );
    expect(glossaryMarksOf(blocks).map((mark) => [mark.key, mark.term])).toEqual([
      ['fengqi-hu', '凤栖湖'],
      ['jinfeng-shiyanshi', '金凤实验室'],
      ['kexuecheng', '科学城'],
    ]);
  });

  it('says which term follows another with nothing between, so the two can be set apart', () => {
    const blocks = markGlossaryTerms(blocksOf('位于科学城凤栖湖畔的金凤实验室。', 'zh'), glossary, 'zh');
    expect(glossaryMarksOf(blocks).map((mark) => [mark.term, mark.afterTerm])).toEqual([
      ['科学城', false],
      ['凤栖湖', true],
      ['金凤实验室', false],
    ]);
  });
});
