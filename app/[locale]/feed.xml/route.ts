import { isLocale, locales } from '@/lib/i18n';
import { buildFeed } from '@/lib/seo/feed';
import { getFeedData } from '@/lib/seo/page-seo';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  return new Response(buildFeed(await getFeedData(locale)), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
