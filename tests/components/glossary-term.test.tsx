import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article-body';
import { enhanceBlocks } from '@/lib/content/enhance';
import { readContent } from '@/lib/content/load';
import type { SiteContent } from '@/lib/content/types';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { locales, type Locale } from '@/lib/i18n';

let content: SiteContent;

beforeAll(async () => {
  const result = await readContent(path.join(process.cwd(), 'content'));
  if (!result.content) throw new Error('the content has errors: run npm run content:check');
  content = result.content;
});

function sectionOf(slug: string, locale: Locale) {
  const section = content.sections.find((entry) => entry.slug === slug)?.versions[locale];
  if (!section) throw new Error(`${slug} is missing in ${locale}`);
  return section;
}

function renderSection(slug: string, locale: Locale) {
  const section = sectionOf(slug, locale);
  const blocks = enhanceBlocks(section.blocks, { language: locale, glossary: content.glossary });
  const { container } = render(<ArticleBody blocks={blocks} dict={getDictionary(locale)} />);
  const body = container.querySelector('[data-blocks]') as HTMLElement;
  return { section, body, terms: [...body.querySelectorAll<HTMLAnchorElement>('a.glossary-term')] };
}

describe('a glossary term in the article body', () => {
  it('is one link, named by the term, described by its Chinese original, pinyin and note on English pages', () => {
    renderSection('reforms', 'en');
    // Testing Library computes the accessible description as screen readers get it.
    const term = screen.getByRole('link', {
      name: 'one industry, one permit',
      description:
        '一业一证（照） yī yè yī zhèng (zhào) Reform letting a business obtain one combined permit (or licence) for an industry instead of several separate ones.',
    });
    expect(term.getAttribute('href')).toBe('#term-yi-ye-yi-zheng-zhao');
  });

  it('is described by its English name and the Chinese note on Chinese pages, without pinyin', () => {
    renderSection('reforms', 'zh');
    const term = screen.getByRole('link', {
      name: '一业一证（照）',
      description: /^one industry, one permit 将一个行业涉及的多项许可/,
    });
    expect(term.getAttribute('aria-describedby')).toBe('term-yi-ye-yi-zheng-zhao-note');
    expect(document.querySelector('[lang="zh-Latn-pinyin"]')).toBeNull();
  });

  it('holds only the words of the term, so the paragraph reads as written', () => {
    const { terms } = renderSection('labs', 'en');
    expect(terms.length).toBeGreaterThan(3);
    for (const term of terms) {
      expect([...term.childNodes].map((node) => node.nodeType)).toEqual([Node.TEXT_NODE]);
    }
  });

  it('is marked once per page, at its first occurrence', () => {
    const { body } = renderSection('reforms', 'en');
    expect(within(body).getAllByRole('link', { name: 'Science City' })).toHaveLength(1);
    expect(within(body).getAllByRole('link', { name: 'Chongqing High-tech Zone' })).toHaveLength(1);
    const hrefs = [...body.querySelectorAll('a.glossary-term')].map((term) => term.getAttribute('href'));
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it.each([['labs'], ['reforms']])(
    'leaves every paragraph of %s with the text the content file gives it, in every language',
    (slug) => {
      for (const locale of locales) {
        const { section, body } = renderSection(slug, locale);
        const paragraphs = section.blocks.filter((block) => block.kind === 'paragraph');
        expect(paragraphs.length).toBeGreaterThan(0);
        for (const block of paragraphs) {
          expect(body.querySelector(`#${block.id}`)?.textContent, `${locale} ${block.id}`).toBe(
            toString(block.element),
          );
        }
        document.body.innerHTML = '';
      }
    },
  );
});

describe("the page's list of terms", () => {
  it.each([['labs'], ['projects'], ['policy'], ['reforms']])(
    'holds every term %s marks, once, in the order the text first uses them, in every language',
    (slug) => {
      for (const locale of locales) {
        const { terms } = renderSection(slug, locale);
        const list = screen.getByRole('complementary', { name: getDictionary(locale).glossaryHeading });
        const entries = [...list.querySelectorAll('dl > div')];
        expect(entries.map((entry) => `#${entry.id}`)).toEqual(terms.map((term) => term.getAttribute('href')));
        expect(entries.map((entry) => entry.querySelector('dfn')?.textContent)).toEqual(
          terms.map((term) => term.textContent),
        );
        document.body.innerHTML = '';
      }
    },
  );

  it('gives each note, with the way back to where the text uses the term', () => {
    const { terms } = renderSection('labs', 'en');
    const term = terms.find((link) => link.textContent === 'Jinfeng Laboratory') as HTMLAnchorElement;
    const entry = document.querySelector(term.getAttribute('href') ?? '') as HTMLElement;
    expect(entry.closest('aside')).not.toBeNull();
    expect(within(entry).getByRole('definition').textContent).toMatch(
      /^金凤实验室 Jīnfèng Shíyànshì A Chongqing Laboratory/,
    );
    const back = within(entry).getByRole('link', { name: 'Back to “Jinfeng Laboratory” in the text' });
    expect(back.getAttribute('href')).toBe(`#${term.id}`);
  });

  it('is left out of the search index and out of the paragraphs', () => {
    const { body } = renderSection('labs', 'zh');
    const list = screen.getByRole('complementary', { name: '术语' });
    expect(list.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(body.contains(list)).toBe(false);
  });
});
