import { locales, type Locale } from '@/lib/i18n';
import { getContent, type FrontPage, type Section, type SectionEntry } from '@/lib/content/load';
import { frontPagePath, sectionPath } from '@/lib/routes';

/** A section as the nav, the front page list and the pager show it. */
export interface SectionLink {
  slug: string;
  order: number;
  /** Where it links; in the other language when this language has no version. */
  href: string;
  /** The language of the page linked to, which may differ from the page's own. */
  locale: Locale;
  title: string;
  shortTitle: string;
  summary: string;
}

/** The front page of one language. */
export async function getFrontPage(locale: Locale): Promise<FrontPage> {
  return (await getContent()).frontPages[locale];
}

/** A section in one language, or null when it has no version in that language. */
export async function getSection(locale: Locale, slug: string): Promise<Section | null> {
  const entry = (await getContent()).sections.find((section) => section.slug === slug);
  return entry?.versions[locale] ?? null;
}

/** Every section page that exists, for `generateStaticParams`. */
export async function getSectionParams(): Promise<{ locale: Locale; slug: string }[]> {
  const { sections } = await getContent();
  return sections.flatMap((entry) =>
    locales.filter((locale) => entry.versions[locale]).map((locale) => ({ locale, slug: entry.slug })),
  );
}

/**
 * All sections in reading order, as seen from one language. A section not yet
 * translated is still listed, linking to the language it exists in, so no
 * reader loses it and no link is broken.
 */
export async function getSectionLinks(locale: Locale): Promise<SectionLink[]> {
  const { sections } = await getContent();
  return sections.map((entry) => toLink(entry, locale));
}

function toLink(entry: SectionEntry, locale: Locale): SectionLink {
  const section = entry.versions[locale] ?? (Object.values(entry.versions)[0] as Section);
  return {
    slug: entry.slug,
    order: entry.order,
    href: sectionPath(section.locale, entry.slug),
    locale: section.locale,
    title: section.title,
    shortTitle: section.shortTitle,
    summary: section.summary,
  };
}

/** The sections before and after one, in reading order. */
export async function getNeighbours(
  locale: Locale,
  slug: string,
): Promise<{ previous: SectionLink | null; next: SectionLink | null }> {
  const links = await getSectionLinks(locale);
  const index = links.findIndex((link) => link.slug === slug);
  return { previous: links[index - 1] ?? null, next: links[index + 1] ?? null };
}

/**
 * The language versions of a page that exist, by locale: the front page
 * (slug null) exists in every language, a section in those it was written in.
 */
export async function getAlternates(slug: string | null): Promise<Partial<Record<Locale, string>>> {
  if (slug === null) return Object.fromEntries(locales.map((locale) => [locale, frontPagePath(locale)]));
  const entry = (await getContent()).sections.find((section) => section.slug === slug);
  return Object.fromEntries(
    locales.filter((locale) => entry?.versions[locale]).map((locale) => [locale, sectionPath(locale, slug)]),
  );
}
