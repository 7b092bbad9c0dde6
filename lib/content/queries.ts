import { locales, profileOf, type Locale } from '@/lib/i18n';
import { enhanceBlocks } from '@/lib/content/enhance';
import { parseBlockReference, type Investments, type KeyFigure } from '@/lib/content/schema';
import { getContent, sectionParams, type SectionParams } from '@/lib/content/load';
import type { Block, FrontPage, Section, SectionEntry, SiteContent } from '@/lib/content/types';
import { createPhraser, type Phraser } from '@/lib/typesetting/phraser';
import { frontPagePath, sectionPath } from '@/lib/routes';
import { blocksText, totalReadingMinutes } from '@/lib/reading-time';

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
  /** Minutes to read the section, in its own language's rate. */
  readingMinutes: number;
}

/** The front page of one language, its blocks enhanced for reading (glossary terms marked). */
export async function getFrontPage(locale: Locale): Promise<FrontPage> {
  const { frontPages, glossary } = await getContent();
  const page = frontPages[locale];
  return { ...page, blocks: enhanceBlocks(page.blocks, { language: locale, glossary }) };
}

/**
 * A section in one language, or null when it has no version in that
 * language; its blocks enhanced for reading (glossary terms marked).
 */
export async function getSection(locale: Locale, slug: string): Promise<Section | null> {
  const { sections, glossary } = await getContent();
  const section = sections.find((entry) => entry.slug === slug)?.versions[locale];
  return section ? { ...section, blocks: enhanceBlocks(section.blocks, { language: locale, glossary }) } : null;
}

/** Every section page that exists, for `generateStaticParams`. */
export function getSectionParams(): Promise<SectionParams[]> {
  return sectionParams(({ sections }) =>
    sections.flatMap((entry) =>
      locales.filter((locale) => entry.versions[locale]).map((locale) => ({ locale, slug: entry.slug })),
    ),
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
    readingMinutes: pageReadingMinutes(section),
  };
}

/** Minutes to read pages (each one's title, summary or lead, and body), each at its language's rate. */
export function pageReadingMinutes(...pages: (Section | FrontPage)[]): number {
  return totalReadingMinutes(
    pages.map((page) => ({
      text: `${page.title}\n${'lead' in page ? page.lead : page.summary}\n${blocksText(page.blocks)}`,
      rate: profileOf(page.locale).reading,
    })),
  );
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

/** A number on the front page, with the block of the article it comes from. */
export interface SourcedFigure<Figure> {
  figure: Figure;
  /** The section page and block where the article gives it, such as `/en/labs#p5`. */
  href: string;
}

/** The chart's data, linked to where the article gives the total, with what its source line names. */
export interface SourcedInvestments extends SourcedFigure<Investments> {
  /** Whose report the figures come from: the article's author. */
  author: string;
  /** The short title of the section the link opens, so the link can say where it goes. */
  sectionTitle: string;
}

/** The front page's numbers: key figures and the chart of investments, each with its source. */
export interface AtAGlance {
  keyFigures: SourcedFigure<KeyFigure>[];
  investments: SourcedInvestments | null;
}

/**
 * The front page's key figures and chart data, each linked to the block of
 * the article that gives it (in this language, or the one the section exists
 * in). The loader has already checked that every block exists.
 */
export async function getAtAGlance(locale: Locale): Promise<AtAGlance> {
  const { frontPages, sections } = await getContent();
  const { keyFigures, investments, author } = frontPages[locale];
  const sourceOf = (reference: string) => {
    const { slug, blockId } = parseBlockReference(reference);
    const entry = sections.find((section) => section.slug === slug);
    const section = entry?.versions[locale] ?? Object.values(entry?.versions ?? {})[0];
    return { href: `${sectionPath(section?.locale ?? locale, slug)}#${blockId}`, sectionTitle: section?.shortTitle ?? slug };
  };
  return {
    keyFigures: keyFigures.map((figure) => ({ figure, href: sourceOf(figure.source).href })),
    investments: investments ? { figure: investments, author, ...sourceOf(investments.total.source) } : null,
  };
}

const phrasers = new WeakMap<SiteContent, Phraser>();

/** The phraser of display text (headlines, titles, labels), keeping the glossary's names whole. */
export async function getPhraser(): Promise<Phraser> {
  const content = await getContent();
  const known = phrasers.get(content);
  if (known) return known;
  const phraser = createPhraser(content.glossary);
  phrasers.set(content, phraser);
  return phraser;
}

/** A section as the whole-article page shows it, with its body's ids made unique on that page. */
export interface FullArticleSection {
  section: Section;
  /** The id of the section's heading, which the contents link to: its slug. */
  anchor: string;
  readingMinutes: number;
}

/** The whole article in one language: the front page, then every section in reading order. */
export interface FullArticle {
  front: FrontPage;
  sections: FullArticleSection[];
  /** Minutes to read all of it. */
  readingMinutes: number;
}

/**
 * The whole article for one page. Every block id of a section is prefixed by
 * its slug (`labs-p5`), as the sections' bodies repeat the same ids; the
 * front page's keep theirs. A section not yet written in this language is
 * given in the language it exists in, as the section list links to it. The
 * blocks are enhanced together, per language, as one page.
 */
export async function getFullArticle(locale: Locale): Promise<FullArticle> {
  const { frontPages, sections: entries, glossary } = await getContent();
  const raw = [
    frontPages[locale],
    ...entries.map((entry) => {
      const section = entry.versions[locale] ?? (Object.values(entry.versions)[0] as Section);
      return { ...section, blocks: prefixBlockIds(section.blocks, entry.slug) };
    }),
  ];
  const enhanced = raw.map((page) => ({ ...page, blocks: [] as Block[] }));
  for (const language of new Set(raw.map((page) => page.locale))) {
    const indexes = raw.flatMap((page, index) => (page.locale === language ? [index] : []));
    const blocks = enhanceBlocks(
      indexes.flatMap((index) => raw[index]?.blocks ?? []),
      { language, glossary },
    );
    let start = 0;
    for (const index of indexes) {
      const count = raw[index]?.blocks.length ?? 0;
      (enhanced[index] as { blocks: Block[] }).blocks = blocks.slice(start, start + count);
      start += count;
    }
  }
  const [front, ...sections] = enhanced as [FrontPage, ...Section[]];
  return {
    front,
    sections: sections.map((section) => ({
      section,
      anchor: section.slug,
      readingMinutes: pageReadingMinutes(section),
    })),
    readingMinutes: pageReadingMinutes(front, ...sections),
  };
}

/** Blocks with their ids prefixed (`p5` → `labs-p5`), in the block and on its element alike. */
export function prefixBlockIds(blocks: readonly Block[], prefix: string): Block[] {
  return blocks.map((block) => {
    const id = `${prefix}-${block.id}`;
    if (block.kind === 'figure') return { ...block, id };
    return { ...block, id, element: { ...block.element, properties: { ...block.element.properties, id } } };
  });
}
