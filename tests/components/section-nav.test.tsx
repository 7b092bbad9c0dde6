import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SectionNav } from '@/components/section-nav';
import type { SectionLink } from '@/lib/content/queries';

const sections: SectionLink[] = [
  {
    slug: 'labs',
    order: 1,
    href: '/en/labs',
    locale: 'en',
    title: 'Labs',
    shortTitle: 'Labs',
    summary: '',
    readingMinutes: 1,
  },
  {
    slug: 'projects',
    order: 2,
    href: '/en/projects',
    locale: 'en',
    title: 'Projects',
    shortTitle: 'Projects',
    summary: '',
    readingMinutes: 1,
  },
  {
    slug: 'extra',
    order: 3,
    href: '/zh/extra',
    locale: 'zh',
    title: '附录',
    shortTitle: '附录',
    summary: '',
    readingMinutes: 1,
  },
];

function renderNav(current: Parameters<typeof SectionNav>[0]['current']) {
  render(
    <SectionNav
      locale="en"
      label="Sections of this feature"
      frontPage={{ href: '/en', label: 'Front page' }}
      sections={sections}
      current={current}
      languageNames={{ zh: '中文', 'zh-hant': '繁體中文', en: 'English' }}
    />,
  );
  return screen.getByRole('navigation', { name: 'Sections of this feature' });
}

describe('SectionNav', () => {
  it('lists the front page and the sections in reading order', () => {
    const nav = renderNav({ kind: 'front-page' });
    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(['Front page', '01Labs', '02Projects', '03附录中文']);
  });

  it('marks the section being read as the current page, and only it', () => {
    const nav = renderNav({ kind: 'section', slug: 'projects' });
    const current = within(nav)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current') === 'page');
    expect(current).toHaveLength(1);
    expect(current[0]?.getAttribute('href')).toBe('/en/projects');
  });

  it('marks nothing on a page outside the feature', () => {
    const nav = renderNav({ kind: 'other' });
    expect(
      within(nav)
        .getAllByRole('link')
        .some((link) => link.hasAttribute('aria-current')),
    ).toBe(false);
  });

  it('marks a section that exists only in Chinese and links to it in its language', () => {
    const nav = renderNav({ kind: 'front-page' });
    const link = within(nav).getByRole('link', { name: /附录/ });
    expect(link.getAttribute('href')).toBe('/zh/extra');
    expect(link.getAttribute('hreflang')).toBe('zh-Hans');
    expect(within(link).getByText('中文')).toBeTruthy();
  });
});
