import { describe, expect, it } from 'vitest';
import { buildLanguageAlternates, buildMetadata } from '@/lib/seo/metadata';
import { frontPageSeo, sectionSeo } from './page-seo-fixture';

describe('buildMetadata', () => {
  it('titles the page with its own title, then the site name, and describes it with its summary', () => {
    const metadata = buildMetadata(sectionSeo());
    expect(metadata.title).toBe('Jinfeng Laboratory shares its research resources | Science City In Depth');
    expect(metadata.description).toBe('Jinfeng Laboratory signs a cooperation agreement with Shenzhen Bay Laboratory.');
  });

  it('sets canonical, hreflang and the feed together, since Next merges alternates shallowly', () => {
    expect(buildMetadata(sectionSeo()).alternates).toEqual({
      canonical: 'https://example.org/en/labs',
      languages: {
        'zh-Hans': 'https://example.org/zh/labs',
        en: 'https://example.org/en/labs',
        'x-default': 'https://example.org/zh/labs',
      },
      types: {
        'application/rss+xml': [{ url: 'https://example.org/en/feed.xml', title: 'Science City In Depth' }],
      },
    });
  });

  it('never lists a translation that does not exist', () => {
    const page = sectionSeo({
      versions: { en: 'https://example.org/en/labs' },
      xDefault: 'https://example.org/en/labs',
    });
    const metadata = buildMetadata(page);
    expect(metadata.alternates?.languages).toEqual({
      en: 'https://example.org/en/labs',
      'x-default': 'https://example.org/en/labs',
    });
    expect(metadata.openGraph).toMatchObject({ locale: 'en_GB', alternateLocale: [] });
  });

  it('describes the page as an article for link previews, with a 1200×630 image and its alt text', () => {
    expect(buildMetadata(sectionSeo()).openGraph).toMatchObject({
      type: 'article',
      url: 'https://example.org/en/labs',
      siteName: 'Science City In Depth',
      locale: 'en_GB',
      alternateLocale: ['zh_CN'],
      publishedTime: '2023-03-08T08:00:00+08:00',
      modifiedTime: '2023-03-09T10:30:00+08:00',
      section: 'Labs',
      images: [
        {
          url: 'https://example.org/img/social/jinfeng-laboratory-1200x630.jpg',
          width: 1200,
          height: 630,
          alt: 'Exterior of the research buildings of Jinfeng Laboratory',
        },
      ],
    });
    expect(buildMetadata(sectionSeo()).twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('allows indexing with large image previews', () => {
    expect(buildMetadata(frontPageSeo()).robots).toEqual({ index: true, follow: true, 'max-image-preview': 'large' });
  });
});

describe('buildLanguageAlternates', () => {
  it('points the front page x-default at the language-negotiating root', () => {
    expect(buildLanguageAlternates(frontPageSeo())).toEqual({
      'zh-Hans': 'https://example.org/zh',
      en: 'https://example.org/en',
      'x-default': 'https://example.org',
    });
  });
});
