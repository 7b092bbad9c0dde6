import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SearchButton, SearchDialog } from '@/components/search-dialog';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { htmlLang, locales } from '@/lib/i18n';

describe('SearchButton', () => {
  it('is hidden until the reader’s script shows it, as search needs JavaScript', () => {
    const { container } = render(<SearchButton locale="en" />);
    expect(screen.queryByRole('button')).toBeNull();
    const button = container.querySelector('button');
    expect(button?.hidden).toBe(true);
    expect(button?.textContent).toBe('Search');
    expect(button?.getAttribute('aria-controls')).toBe('search-dialog');
  });
});

describe('SearchDialog', () => {
  it('says everything in the page’s language and names every edition for the results', () => {
    const { container } = render(<SearchDialog locale="zh-hant" />);
    const dialog = container.querySelector('dialog');
    const dict = getDictionary('zh-hant');
    expect(dialog?.dataset.none).toBe(dict.searchNone);
    expect(dialog?.dataset.count).toBe(dict.searchResults('{count}'));
    const editions = JSON.parse(dialog?.dataset.editions ?? '[]') as { index: string; lang: string; name: string }[];
    expect(editions.map((edition) => edition.lang)).toEqual(locales.map((locale) => htmlLang[locale]));
    expect(editions.map((edition) => edition.index)).toEqual(['zh-hans', 'zh-hant', 'en']);
    expect(editions.map((edition) => edition.name)).toEqual(
      locales.map((locale) => getDictionary(locale).languageName),
    );
  });
});
