import path from 'node:path';
import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { BilingualBody } from '@/components/bilingual-body';
import { pairBlocks } from '@/lib/content/bilingual';
import { enhanceBlocks } from '@/lib/content/enhance';
import { readContent } from '@/lib/content/load';
import type { SiteContent } from '@/lib/content/types';
import { zh as zhDictionary } from '@/lib/dictionaries/zh';

/*
 * The side-by-side view over the real article: every section written in
 * both languages, as the page renders it.
 */
let content: SiteContent;

beforeAll(async () => {
  const result = await readContent(path.join(process.cwd(), 'content'));
  if (!result.content) throw new Error('the content has errors: run npm run content:check');
  content = result.content;
});

/** The text a reader sees, without the glossary notes (closed popovers, shown on demand). */
function seenText(element: Element | null | undefined): string {
  const copy = element?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('[popover]').forEach((note) => note.remove());
  return copy?.textContent ?? '';
}

/** One language's half of a pair: a column of a text pair, or a caption of a figure. */
function half(pair: Element | undefined, lang: 'zh-Hans' | 'en'): Element | null {
  return pair?.querySelector(`:scope > [lang="${lang}"], figcaption > [lang="${lang}"]`) ?? null;
}

function renderSection(slug: string, lead: 'zh' | 'en' = 'zh') {
  const entry = content.sections.find((section) => section.slug === slug);
  const { zh, en } = entry?.versions ?? {};
  if (!zh || !en) throw new Error(`${slug} is not in both languages`);
  const glossary = content.glossary;
  const pairs = pairBlocks(
    enhanceBlocks(zh.blocks, { language: 'zh', glossary }),
    enhanceBlocks(en.blocks, { language: 'en', glossary }),
  );
  const { container } = render(<BilingualBody pairs={pairs} lead={lead} dict={zhDictionary} />);
  const body = container.querySelector('[data-blocks]') as HTMLElement;
  return { zh, en, pairs: [...body.children] as HTMLElement[] };
}

describe('BilingualBody', () => {
  it('says in words under a pair that its original changed since the translation, and nowhere else', () => {
    const entry = content.sections.find((section) => section.slug === 'labs');
    const { zh, en } = entry?.versions ?? {};
    if (!zh || !en) throw new Error('labs is not in both languages');
    const pairs = pairBlocks(zh.blocks, en.blocks, ['p2', 'fig1']);
    const { container } = render(<BilingualBody pairs={pairs} lead="zh" dict={zhDictionary} />);
    const marked = [...container.querySelectorAll('[data-blocks] > *')].filter((pair) =>
      pair.textContent?.includes(zhDictionary.changedMark),
    );
    expect(marked.map((pair) => pair.id)).toEqual(['p2', 'fig1']);
  });

  it.each(['labs', 'projects', 'policy', 'reforms'])(
    'shows %s as one pair per block, under the id the two blocks share',
    (slug) => {
      const { zh, en, pairs } = renderSection(slug);
      expect(pairs).toHaveLength(zh.blocks.length);
      expect(pairs.map((pair) => pair.id)).toEqual(zh.blocks.map((block) => block.id));
      expect(pairs.map((pair) => pair.id)).toEqual(en.blocks.map((block) => block.id));
    },
  );

  it('puts the Chinese block and the English block of every pair in the pair, each marked with its language', () => {
    const { zh, en, pairs } = renderSection('labs');
    expect(zh.blocks.some((block) => block.kind === 'figure')).toBe(true);
    pairs.forEach((pair, i) => {
      const zhPart = half(pair, 'zh-Hans');
      const enPart = half(pair, 'en');
      expect(zhPart, `pair ${pair.id} has no Chinese`).not.toBeNull();
      expect(enPart, `pair ${pair.id} has no English`).not.toBeNull();
      const zhBlock = zh.blocks[i];
      const enBlock = en.blocks[i];
      if (zhBlock?.kind === 'figure' && enBlock?.kind === 'figure') {
        expect(zhPart?.textContent).toContain(zhBlock.figure.caption);
        expect(zhPart?.textContent).toContain(zhBlock.figure.credit);
        expect(enPart?.textContent).toContain(enBlock.figure.caption);
        expect(enPart?.textContent).toContain(enBlock.figure.credit);
      }
    });
    expect(seenText(half(pairs[0], 'zh-Hans'))).toContain('凭借一张病理图像');
    expect(seenText(half(pairs[0], 'en'))).toContain('A single pathology image');
  });

  it('shows a figure once, captioned in both languages', () => {
    const { pairs } = renderSection('labs');
    const figurePair = pairs.find((pair) => pair.id === 'fig1') as HTMLElement;
    expect(figurePair.querySelectorAll('img')).toHaveLength(1);
    expect(half(figurePair, 'zh-Hans')?.textContent).toContain('金凤实验室');
    expect(half(figurePair, 'en')?.textContent).toContain('Jinfeng Laboratory');
  });

  it('gives each id to the pair alone, so the page has no duplicate ids', () => {
    const { pairs } = renderSection('labs');
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const pair of pairs) expect(pair.querySelectorAll(`[id="${pair.id}"]`)).toHaveLength(0);
  });

  it('leads with the language of the page', () => {
    const first = (lead: 'zh' | 'en') =>
      renderSection('labs', lead).pairs[0]?.querySelector(':scope > [lang]')?.getAttribute('lang');
    expect(first('zh')).toBe('zh-Hans');
    document.body.innerHTML = '';
    expect(first('en')).toBe('en');
  });
});
