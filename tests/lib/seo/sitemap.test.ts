import { describe, expect, it } from 'vitest';
import { buildSitemap } from '@/lib/seo/sitemap';
import { frontPageSeo, sectionSeo } from './page-seo-fixture';

describe('buildSitemap', () => {
  it('lists each page once with its last change and the same hreflang map as the page', () => {
    expect(buildSitemap([frontPageSeo(), sectionSeo()])).toEqual([
      {
        url: 'https://example.org/en',
        lastModified: '2023-03-09T10:30:00+08:00',
        alternates: {
          languages: {
            'zh-Hans': 'https://example.org/zh',
            en: 'https://example.org/en',
            'x-default': 'https://example.org',
          },
        },
      },
      {
        url: 'https://example.org/en/labs',
        lastModified: '2023-03-09T10:30:00+08:00',
        alternates: {
          languages: {
            'zh-Hans': 'https://example.org/zh/labs',
            en: 'https://example.org/en/labs',
            'x-default': 'https://example.org/zh/labs',
          },
        },
      },
    ]);
  });
});
