import type { MetadataRoute } from 'next';
import { buildLanguageAlternates } from '@/lib/seo/metadata';
import type { PageSeo } from '@/lib/seo/page-seo';

/**
 * The sitemap: every indexable page once, each with the same hreflang map as
 * its `<link>`s (itself included, and `x-default`) and its `lastmod`.
 */
export function buildSitemap(pages: readonly PageSeo[]): MetadataRoute.Sitemap {
  return pages.map((page) => ({
    url: page.url,
    lastModified: page.modified,
    alternates: { languages: buildLanguageAlternates(page) },
  }));
}
