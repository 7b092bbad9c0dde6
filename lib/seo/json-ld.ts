import { htmlLang } from '@/lib/i18n';
import type { PageSeo } from '@/lib/seo/page-seo';
import { articleImageCrops, socialCrops } from '@/lib/seo/social-images';

export type JsonLdValue = string | number | boolean | null | JsonLdValue[] | { [key: string]: JsonLdValue };

/** A top-level schema.org node. */
export interface JsonLdNode {
  '@context': 'https://schema.org';
  '@type': string;
  [property: string]: JsonLdValue;
}

/** The `@id` of a page's article node, so other nodes and pages can point at it. */
export function articleId(url: string): string {
  return `${url}#article`;
}

/**
 * The structured data of a page: a `NewsArticle` on every page, and on
 * sections a `BreadcrumbList` (front page → section). Returned as a list of
 * top-level nodes, each with its own `@context`, because that form is read
 * by Google and by simpler extractors alike (an `@graph` is not).
 */
export function buildJsonLd(page: PageSeo): JsonLdNode[] {
  const article: JsonLdNode = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': articleId(page.url),
    url: page.url,
    mainEntityOfPage: page.url,
    headline: page.headline,
    description: page.description,
    inLanguage: htmlLang[page.locale],
    articleSection: page.section,
    image: articleImageCrops.map((crop) => ({
      '@type': 'ImageObject',
      url: page.image.crops[crop],
      width: socialCrops[crop].width,
      height: socialCrops[crop].height,
      caption: page.image.caption,
      creditText: page.image.credit,
    })),
    datePublished: page.published,
    dateModified: page.modified,
    author: { '@type': 'Person', name: page.author },
    publisher: {
      '@type': 'Organization',
      name: page.publisher.name,
      url: page.publisher.url,
      logo: {
        '@type': 'ImageObject',
        url: page.publisher.logo.url,
        width: page.publisher.logo.width,
        height: page.publisher.logo.height,
      },
    },
  };
  if (page.partOf) {
    article.isPartOf = {
      '@type': 'NewsArticle',
      '@id': articleId(page.partOf.url),
      url: page.partOf.url,
      headline: page.partOf.headline,
    };
  }
  if (page.translationOf) {
    article.translationOfWork = {
      '@type': 'NewsArticle',
      '@id': articleId(page.translationOf),
      url: page.translationOf,
    };
  }
  if (page.basedOn) {
    // A conversion of script is the same work, not a translation: schema.org's isBasedOn says so.
    article.isBasedOn = { '@type': 'NewsArticle', '@id': articleId(page.basedOn), url: page.basedOn };
  }
  if (page.translations.length > 0) {
    article.workTranslation = page.translations.map((url) => ({ '@type': 'NewsArticle', '@id': articleId(url), url }));
  }

  if (page.breadcrumbs.length < 2) return [article];
  const breadcrumbs: JsonLdNode = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: page.breadcrumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
  return [article, breadcrumbs];
}

/** Characters that must not appear raw inside a `<script>` element (U+2028/9 also break older JS parsers). */
const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&`
 * become `\u003c`-style escapes, so no text in the content can close the
 * element or open a comment; the JSON means exactly the same. No whitespace
 * and the builders' fixed key order make the output byte-for-byte
 * reproducible, which a CSP of per-page script hashes relies on.
 */
export function serializeJsonLd(data: JsonLdNode | JsonLdNode[]): string {
  return JSON.stringify(data).replace(
    UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
