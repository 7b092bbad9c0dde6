import type { Locale } from '@/lib/i18n';

/** The URL of a language's front page. The one place that knows the URL shapes. */
export function frontPagePath(locale: Locale): string {
  return `/${locale}`;
}

/** The URL of a section page. */
export function sectionPath(locale: Locale, slug: string): string {
  return `/${locale}/${slug}`;
}
