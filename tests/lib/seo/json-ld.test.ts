import { describe, expect, it } from 'vitest';
import { buildJsonLd, serializeJsonLd, type JsonLdNode } from '@/lib/seo/json-ld';
import { frontPageSeo, sectionSeo } from './page-seo-fixture';

function article(nodes: JsonLdNode[]): Record<string, unknown> {
  const found = nodes.find((node) => node['@type'] === 'NewsArticle');
  if (!found) throw new Error('no NewsArticle');
  return found;
}

describe('buildJsonLd', () => {
  it('describes a section as a NewsArticle with the fields Google reads', () => {
    const node = article(buildJsonLd(sectionSeo()));
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: 'https://example.org/en/labs',
      mainEntityOfPage: 'https://example.org/en/labs',
      headline: 'Jinfeng Laboratory shares its research resources',
      description: 'Jinfeng Laboratory signs a cooperation agreement with Shenzhen Bay Laboratory.',
      inLanguage: 'en',
      datePublished: '2023-03-08T08:00:00+08:00',
      dateModified: '2023-03-09T10:30:00+08:00',
      author: { '@type': 'Person', name: 'Wang Qian' },
      publisher: {
        '@type': 'Organization',
        name: 'Science City In Depth',
        logo: { '@type': 'ImageObject', url: 'https://example.org/img/social/logo.png' },
      },
      isPartOf: { '@type': 'NewsArticle', url: 'https://example.org/en' },
      translationOfWork: { '@id': 'https://example.org/zh/labs#article' },
    });
  });

  it('gives the image in 16:9, 4:3 and 1:1, at least 1200 px wide, with the visible caption and credit', () => {
    const images = article(buildJsonLd(sectionSeo())).image as Record<string, unknown>[];
    expect(images.map((image) => [image.width, image.height])).toEqual([
      [1200, 675],
      [1200, 900],
      [1200, 1200],
    ]);
    for (const image of images) {
      expect(image).toMatchObject({
        '@type': 'ImageObject',
        caption: 'Jinfeng Laboratory',
        creditText: 'Photo: Zeng Cheng',
      });
      expect(String(image.url)).toMatch(/^https:\/\/example\.org\/img\/social\/.+\.jpg$/);
    }
  });

  it('adds breadcrumbs from the front page to the section', () => {
    const crumbs = buildJsonLd(sectionSeo()).find((node) => node['@type'] === 'BreadcrumbList');
    expect(crumbs?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Front page', item: 'https://example.org/en' },
      { '@type': 'ListItem', position: 2, name: 'Labs', item: 'https://example.org/en/labs' },
    ]);
  });

  it('gives the front page an article of its own, with no breadcrumbs and no isPartOf', () => {
    const nodes = buildJsonLd(frontPageSeo());
    expect(nodes.map((node) => node['@type'])).toEqual(['NewsArticle']);
    expect(article(nodes)).not.toHaveProperty('isPartOf');
  });

  it('links the original to its translations', () => {
    const zh = sectionSeo({
      locale: 'zh',
      url: 'https://example.org/zh/labs',
      translationOf: null,
      translations: ['https://example.org/en/labs'],
    });
    const node = article(buildJsonLd(zh));
    expect(node.inLanguage).toBe('zh-Hans');
    expect(node).not.toHaveProperty('translationOfWork');
    expect(node.workTranslation).toEqual([
      { '@type': 'NewsArticle', '@id': 'https://example.org/en/labs#article', url: 'https://example.org/en/labs' },
    ]);
  });
});

describe('serializeJsonLd', () => {
  const hostile = sectionSeo({
    title: 'Labs </script><script>alert(1)</script>',
    headline: 'Labs </script><script>alert(1)</script>',
    description: 'Tom & Jerry <!-- a comment',
  });

  it('cannot be closed or commented out by a title containing </script>', () => {
    const text = serializeJsonLd(buildJsonLd(hostile));
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('still means exactly the same data', () => {
    const nodes = buildJsonLd(hostile);
    expect(JSON.parse(serializeJsonLd(nodes))).toEqual(nodes);
    expect(article(JSON.parse(serializeJsonLd(nodes)) as JsonLdNode[]).headline).toBe(
      'Labs </script><script>alert(1)</script>',
    );
  });

  it('escapes line and paragraph separators, which older JavaScript parsers reject', () => {
    expect(serializeJsonLd(buildJsonLd(sectionSeo({ description: 'a\u2028b\u2029c' })))).toContain('a\\u2028b\\u2029c');
  });

  it('gives the same bytes for the same page, so a CSP hash stays valid', () => {
    expect(serializeJsonLd(buildJsonLd(sectionSeo()))).toBe(serializeJsonLd(buildJsonLd(sectionSeo())));
  });
});
