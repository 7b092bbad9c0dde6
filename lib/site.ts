import { defaultLocale } from '@/lib/i18n';

/**
 * Site-wide settings in one typed object. Absolute URLs (canonical links,
 * hreflang, sitemap, feeds) are fixed at build time from `SITE_URL`.
 */
export const siteConfig = {
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  defaultLocale,
} as const;
