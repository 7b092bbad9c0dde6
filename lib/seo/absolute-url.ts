import { siteConfig } from '@/lib/site';

/** An absolute URL for a site path (from `lib/routes.ts`), from the one `SITE_URL` setting. */
export function absoluteUrl(path: string): string {
  return `${siteConfig.url}${path}`;
}
