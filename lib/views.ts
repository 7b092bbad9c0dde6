import { cache } from 'react';
import {
  getBilingualAlternates,
  getBilingualFrontPage,
  getBilingualNeighbours,
  getBilingualParams,
  getBilingualSection,
  type BilingualLink,
  type BilingualPage,
} from '@/lib/content/bilingual';
import {
  getAlternates,
  getAtAGlance,
  getFrontPage,
  getPhraser,
  getNeighbours,
  getSection,
  getFullArticle,
  getSectionLinks,
  pageReadingMinutes,
  type AtAGlance,
  type FullArticle,
  type SectionLink,
} from '@/lib/content/queries';
import { parseBlockReference } from '@/lib/content/schema';
import type { FrontPage, Section } from '@/lib/content/types';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import type { Dictionary } from '@/lib/dictionaries/zh';
import { locales, sourceOf, type Locale } from '@/lib/i18n';
import { bilingualPath, fullArticlePath } from '@/lib/routes';
import { getFullArticleSeo, getPageSeo, type PageSeo } from '@/lib/seo/page-seo';
import type { Phraser } from '@/lib/typesetting/phraser';

/*
 * One loader per route: everything a page renders, gathered in one call and
 * cached for the render (React's `cache`), so `generateMetadata` and the
 * page share one load instead of asking the content a dozen times.
 */

/** What every page of the feature shows around its content: the header's data and the page's words. */
export interface ViewChrome {
  locale: Locale;
  dict: Dictionary;
  sections: SectionLink[];
  /** The same page in each locale it exists in. */
  alternates: Partial<Record<Locale, string>>;
  /** Where the page's headlines, titles and labels may break (lib/typesetting/). */
  phrase: Phraser;
}

/** Where the original of a page is, when the page is a translation of it (for the "may be behind" notice). */
export interface OriginalLink {
  href: string | undefined;
  locale: Locale;
}

/** The whole article on one page: where it is, and how long it takes to read. */
export interface FullArticleLink {
  href: string;
  readingMinutes: number;
}

/** What a page of one locale shows besides its own text: the links to its other forms, its metadata, the notice's link. */
export interface SinglePageChrome extends ViewChrome {
  full: FullArticleLink;
  bilingualHref: string | undefined;
  seo: PageSeo | null;
  original: OriginalLink | null;
}

export interface FrontPageView extends SinglePageChrome {
  page: FrontPage;
  /** Minutes to read the front page itself. */
  readingMinutes: number;
  atAGlance: AtAGlance;
}

export interface SectionView extends SinglePageChrome {
  section: Section;
  readingMinutes: number;
  article: FrontPage;
  position: number;
  previous: SectionLink | null;
  next: SectionLink | null;
}

export interface FullArticleView extends ViewChrome {
  article: FullArticle;
  atAGlance: AtAGlance;
  seo: PageSeo;
  original: OriginalLink | null;
}

export interface BilingualFrontView extends ViewChrome {
  page: BilingualPage<FrontPage>;
  /** The section list, each section linked to its bilingual view where it has one. */
  listed: SectionLink[];
  /** The key figures and chart of the leading language's front page, as the single-language front page shows them. */
  atAGlance: AtAGlance;
}

export interface BilingualSectionView extends ViewChrome {
  page: BilingualPage<Section>;
  article: FrontPage;
  position: number;
  previous: BilingualLink | null;
  next: BilingualLink | null;
}

/** The link to the whole article, with its reading time: the front page and every section in this locale's list. */
async function fullArticleLink(locale: Locale): Promise<FullArticleLink> {
  const [front, links] = await Promise.all([getFrontPage(locale), getSectionLinks(locale)]);
  const sections = await Promise.all(links.map((link) => getSection(link.locale, link.slug)));
  return {
    href: fullArticlePath(locale),
    readingMinutes: pageReadingMinutes(front, ...sections.filter((section) => section !== null)),
  };
}

function originalOf(locale: Locale, alternates: Partial<Record<Locale, string>>): OriginalLink | null {
  const original = sourceOf(locale);
  return original ? { href: alternates[original], locale: original } : null;
}

/** The chrome of the front page (`slug` null) or of a section, in one locale. */
async function singlePageChrome(locale: Locale, slug: string | null): Promise<SinglePageChrome> {
  const [sections, alternates, bilingual, seo, phrase, full] = await Promise.all([
    getSectionLinks(locale),
    getAlternates(slug),
    getBilingualAlternates(slug),
    getPageSeo(locale, slug),
    getPhraser(),
    fullArticleLink(locale),
  ]);
  return {
    locale,
    dict: getDictionary(locale),
    sections,
    alternates,
    phrase,
    full,
    bilingualHref: bilingual?.[locale],
    seo,
    original: originalOf(locale, alternates),
  };
}

/** The front page of a locale, with everything it shows. */
export const getFrontPageView = cache(async (locale: Locale): Promise<FrontPageView> => {
  const [page, atAGlance, chrome] = await Promise.all([
    getFrontPage(locale),
    getAtAGlance(locale),
    singlePageChrome(locale, null),
  ]);
  return { ...chrome, page, readingMinutes: pageReadingMinutes(page), atAGlance };
});

/** A section page, or null when the section has no version in this locale. */
export const getSectionView = cache(async (locale: Locale, slug: string): Promise<SectionView | null> => {
  const section = await getSection(locale, slug);
  if (!section) return null;
  const [article, neighbours, chrome] = await Promise.all([
    getFrontPage(locale),
    getNeighbours(locale, slug),
    singlePageChrome(locale, slug),
  ]);
  return {
    ...chrome,
    section,
    readingMinutes: pageReadingMinutes(section),
    article,
    position: chrome.sections.findIndex((link) => link.slug === slug) + 1,
    ...neighbours,
  };
});

/** The whole article on one page. */
export const getFullArticleView = cache(async (locale: Locale): Promise<FullArticleView> => {
  const [article, sections, atAGlance, seo, phrase] = await Promise.all([
    getFullArticle(locale),
    getSectionLinks(locale),
    getAtAGlance(locale),
    getFullArticleSeo(locale),
    getPhraser(),
  ]);
  const alternates = Object.fromEntries(locales.map((each) => [each, fullArticlePath(each)])) as Record<Locale, string>;
  return {
    locale,
    dict: getDictionary(locale),
    sections,
    alternates,
    article,
    atAGlance,
    seo,
    original: originalOf(locale, alternates),
    phrase,
  };
});

/** The chrome of a side-by-side view of the front page (`slug` null) or of a section, led by a locale. */
async function bilingualChrome(locale: Locale, slug: string | null): Promise<ViewChrome> {
  const [sections, alternates, phrase] = await Promise.all([
    getSectionLinks(locale),
    getBilingualAlternates(slug),
    getPhraser(),
  ]);
  return { locale, dict: getDictionary(locale), sections, alternates: alternates ?? {}, phrase };
}

/** The side-by-side view of the front page led by a locale. */
export const getBilingualFrontView = cache(async (locale: Locale): Promise<BilingualFrontView> => {
  const [page, views, atAGlance, chrome] = await Promise.all([
    getBilingualFrontPage(locale),
    getBilingualParams(),
    getAtAGlance(locale),
    bilingualChrome(locale, null),
  ]);
  const { sections } = chrome;
  // Sections with a side-by-side view are listed by it, and the key figures lead to their pair in it; the others to the page that exists.
  const hasView = (slug: string) => views.some((view) => view.slug === slug && view.locale === locale);
  const listed = sections.map((link) =>
    hasView(link.slug) ? { ...link, href: bilingualPath(locale, link.slug) } : link,
  );
  const inView = (source: string, href: string) => {
    const { slug, blockId } = parseBlockReference(source);
    return hasView(slug) ? `${bilingualPath(locale, slug)}#${blockId}` : href;
  };
  const figures: AtAGlance = {
    keyFigures: atAGlance.keyFigures.map((sourced) => ({
      ...sourced,
      href: inView(sourced.figure.source, sourced.href),
    })),
    investments: atAGlance.investments && {
      ...atAGlance.investments,
      href: inView(atAGlance.investments.figure.total.source, atAGlance.investments.href),
    },
  };
  return { ...chrome, page, listed, atAGlance: figures };
});

/** The side-by-side view of a section led by a locale, or null when it has none. */
export const getBilingualSectionView = cache(
  async (locale: Locale, slug: string): Promise<BilingualSectionView | null> => {
    const page = await getBilingualSection(locale, slug);
    if (!page) return null;
    const [article, neighbours, chrome] = await Promise.all([
      getFrontPage(locale),
      getBilingualNeighbours(locale, slug),
      bilingualChrome(locale, slug),
    ]);
    return {
      ...chrome,
      page,
      article,
      position: chrome.sections.findIndex((link) => link.slug === slug) + 1,
      ...neighbours,
    };
  },
);
