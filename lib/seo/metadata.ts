import type { Metadata } from 'next';
import { htmlLang, locales, profileOf, type Locale } from '@/lib/i18n';
import type { PageSeo } from '@/lib/seo/page-seo';
import { socialCrops } from '@/lib/seo/social-images';

/** Open Graph's language_TERRITORY of each locale, from its profile. */
export const openGraphLocale = Object.fromEntries(
  locales.map((locale) => [locale, profileOf(locale).openGraph]),
) as Record<Locale, string>;

/** The MIME type pages advertise their feed under. */
export const feedType = 'application/rss+xml';

/**
 * The `hreflang` map of a page: every language version that exists (itself
 * included), keyed by its `lang`, then `x-default`. The same map goes into
 * the page's `<link>`s and its sitemap entry, so the two cannot disagree.
 */
export function buildLanguageAlternates(page: Pick<PageSeo, 'versions' | 'xDefault'>): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of locales) {
    const url = page.versions[locale];
    if (url) languages[htmlLang[locale]] = url;
  }
  languages['x-default'] = page.xDefault;
  return languages;
}

/**
 * A page's complete `Metadata`: title, description, canonical, hreflang,
 * feed link, Open Graph, Twitter card and robots. Next merges `alternates`
 * from layouts shallowly (a page that sets part of it loses the rest), so
 * canonical, languages and types are always set here together.
 */
export function buildMetadata(page: PageSeo): Metadata {
  const { width, height } = socialCrops.openGraph;
  const image = { url: page.image.crops.openGraph, width, height, alt: page.image.alt, type: 'image/jpeg' };
  return {
    title: `${page.title} | ${page.siteName}`,
    description: page.description,
    alternates: {
      canonical: page.url,
      languages: buildLanguageAlternates(page),
      types: { [feedType]: [{ url: page.feed.url, title: page.feed.name }] },
    },
    openGraph: {
      type: 'article',
      title: page.title,
      description: page.description,
      url: page.url,
      siteName: page.siteName,
      locale: openGraphLocale[page.locale],
      alternateLocale: locales
        .filter((locale) => locale !== page.locale && page.versions[locale])
        .map((locale) => openGraphLocale[locale]),
      images: [image],
      publishedTime: page.published,
      modifiedTime: page.modified,
      authors: [page.author],
      section: page.section,
    },
    twitter: {
      card: 'summary_large_image',
      title: page.title,
      description: page.description,
      images: [{ url: image.url, alt: image.alt }],
    },
    robots: { index: true, follow: true, 'max-image-preview': 'large' },
  };
}
