import type { MetadataRoute } from 'next';
import { getAllPageSeo } from '@/lib/seo/page-seo';
import { buildSitemap } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap(await getAllPageSeo());
}
