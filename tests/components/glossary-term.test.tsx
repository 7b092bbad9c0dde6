import path from 'node:path';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article-body';
import { enhanceBlocks } from '@/lib/content/enhance';
import { readContent } from '@/lib/content/load';
import type { SiteContent } from '@/lib/content/types';
import { en as enDictionary } from '@/lib/dictionaries/en';
import { zh as zhDictionary } from '@/lib/dictionaries/zh';
import type { Locale } from '@/lib/i18n';

let content: SiteContent;

beforeAll(async () => {
  const result = await readContent(path.join(process.cwd(), 'content'));
  if (!result.content) throw new Error('the content has errors: run npm run content:check');
  content = result.content;
});

function renderReforms(locale: Locale) {
  const section = content.sections.find((entry) => entry.slug === 'reforms')?.versions[locale];
  if (!section) throw new Error('reforms is missing');
  const blocks = enhanceBlocks(section.blocks, { language: locale, glossary: content.glossary });
  render(<ArticleBody blocks={blocks} dict={locale === 'zh' ? zhDictionary : enDictionary} />);
}

describe('a glossary term in the article body', () => {
  it('is a button named by the term, described by its Chinese original and note on English pages', () => {
    renderReforms('en');
    // Testing Library computes the accessible description as screen readers get it.
    const term = screen.getByRole('button', {
      name: 'one industry, one permit',
      description:
        '一业一证（照） Yi ye yi zheng (zhao). Reform letting a business obtain one combined permit (or licence) for an industry instead of several separate ones.',
    });
    expect(term).toBeTruthy();
  });

  it('is described by its English name on Chinese pages', () => {
    renderReforms('zh');
    const term = screen.getByRole('button', { name: '一业一证（照）', description: /^one industry, one permit / });
    expect(term).toBeTruthy();
  });

  it('opens its note as a native popover, needing no script of ours', async () => {
    renderReforms('en');
    const term = screen.getByRole('button', { name: 'one industry, one permit' });
    const note = document.getElementById(term.getAttribute('popovertarget') ?? '');
    expect(note?.getAttribute('popover')).toBe('auto');
    expect(term.getAttribute('type')).toBe('button');
    expect(term.getAttribute('aria-describedby')).toBe(note?.id);
    // Reachable by keyboard: a real button in the tab order.
    await userEvent.tab();
    for (let i = 0; i < 20 && document.activeElement !== term; i++) await userEvent.tab();
    expect(document.activeElement).toBe(term);
  });

  it('is explained once per page, at its first occurrence', () => {
    renderReforms('en');
    expect(screen.getAllByRole('button', { name: 'Science City' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Chongqing High-tech Zone' })).toHaveLength(1);
  });
});
