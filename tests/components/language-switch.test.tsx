import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SiteHeader } from '@/components/site-header';
import type { SectionLink } from '@/lib/content/queries';

const sections: SectionLink[] = [
  {
    slug: 'labs',
    order: 1,
    href: '/zh/labs',
    locale: 'zh',
    title: '科创平台',
    shortTitle: '科创平台',
    summary: '',
    readingMinutes: 1,
  },
  {
    slug: 'projects',
    order: 2,
    href: '/zh/projects',
    locale: 'zh',
    title: '重大项目',
    shortTitle: '重大项目',
    summary: '',
    readingMinutes: 1,
  },
];

describe('the language switch in the site header', () => {
  it('offers every other edition, each named in its own language, keeping the reader’s place', () => {
    render(
      <SiteHeader
        locale="zh"
        sections={sections}
        current={{ kind: 'section', slug: 'projects' }}
        alternates={{ zh: '/zh/projects', 'zh-hant': '/zh-hant/projects', en: '/en/projects' }}
      />,
    );
    const traditional = screen.getByRole('link', { name: '繁體中文' });
    expect(traditional.getAttribute('href')).toBe('/zh-hant/projects');
    expect(traditional.getAttribute('lang')).toBe('zh-Hant');
    expect(traditional.hasAttribute('data-keep-place')).toBe(true);
    expect(screen.getByRole('link', { name: 'English' }).hasAttribute('data-keep-place')).toBe(true);
    expect(screen.queryByRole('link', { name: '简体中文' })).toBeNull();
  });

  it('points at the same page in the other language, named in that language', () => {
    render(
      <SiteHeader
        locale="zh"
        sections={sections}
        current={{ kind: 'section', slug: 'projects' }}
        alternates={{ zh: '/zh/projects', en: '/en/projects' }}
      />,
    );
    const link = screen.getByRole('link', { name: /English/ });
    expect(link.getAttribute('href')).toBe('/en/projects');
    expect(link.getAttribute('hreflang')).toBe('en');
    expect(link.getAttribute('lang')).toBe('en');
  });

  it('falls back to the other front page when this page has no translation, never a broken link', () => {
    render(
      <SiteHeader
        locale="zh"
        sections={sections}
        current={{ kind: 'section', slug: 'labs' }}
        alternates={{ zh: '/zh/labs' }}
      />,
    );
    expect(screen.getByRole('link', { name: /English/ }).getAttribute('href')).toBe('/en');
  });
});
