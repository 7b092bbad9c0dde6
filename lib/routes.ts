import { profileOf, type Locale } from '@/lib/i18n';

/*
 * The one place that knows the site's URL shapes. Pages, links, the sitemap
 * and the feeds all build addresses here.
 */

/**
 * Names under `/<locale>/` that belong to the site itself: a section may not
 * take one, or its page would collide with the route.
 */
export const reservedSlugs = ['404', 'bilingual', 'feed.xml', 'full', 'index'] as const;

/** The URL of a language's front page. */
export function frontPagePath(locale: Locale): string {
  return `/${profileOf(locale).segment}`;
}

/** The URL of a section page. */
export function sectionPath(locale: Locale, slug: string): string {
  return `${frontPagePath(locale)}/${slug}`;
}

/** The side-by-side view of the front page (slug null) or of a section, with `locale` leading. */
export function bilingualPath(locale: Locale, slug: string | null): string {
  return slug === null ? `${frontPagePath(locale)}/bilingual` : `${frontPagePath(locale)}/bilingual/${slug}`;
}

/** The whole article on one page: the front page and every section, in reading order. */
export function fullArticlePath(locale: Locale): string {
  return `${frontPagePath(locale)}/full`;
}

/** A language's feed of the sections. */
export function feedPath(locale: Locale): string {
  return `${frontPagePath(locale)}/feed.xml`;
}
