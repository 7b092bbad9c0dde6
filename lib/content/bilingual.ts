import { getContent, sectionParams, type SectionParams } from '@/lib/content/load';
import { getFrontPage, getSection } from '@/lib/content/queries';
import type { Block, FigureBlock, FrontPage, Page, Section, TextBlock } from '@/lib/content/types';
import { locales, profileOf, type Locale } from '@/lib/i18n';
import { bilingualPath } from '@/lib/routes';

/** A block and its twin: the unit of the side-by-side view, under the id both share. */
export type BlockPair =
  | { kind: 'text'; id: string; lead: TextBlock; twin: TextBlock; originalChanged: boolean }
  | { kind: 'figure'; id: string; lead: FigureBlock; twin: FigureBlock; originalChanged: boolean };

/** The locale beside `locale` in its side-by-side view (its profile's `pairedWith`). */
export function pairedLocale(locale: Locale): Locale {
  return profileOf(locale).pairedWith;
}

/**
 * Pairs block n of the leading page with block n of its twin. The loader
 * refuses content whose twins differ in kind or number, so a mismatch here
 * is a bug, not an editor's mistake: it throws rather than show a paragraph
 * beside the wrong translation.
 */
export function pairBlocks(lead: readonly Block[], twin: readonly Block[], changed: readonly string[] = []): BlockPair[] {
  if (lead.length !== twin.length) {
    throw new Error(`cannot pair ${lead.length} blocks with ${twin.length}`);
  }
  return lead.map((leadBlock, i): BlockPair => {
    const twinBlock = twin[i] as Block;
    if (leadBlock.id !== twinBlock.id) throw new Error(`block ${i + 1} is ${leadBlock.id} on one side but ${twinBlock.id} on the other`);
    if (leadBlock.kind === 'figure' && twinBlock.kind === 'figure') {
      return { kind: 'figure', id: leadBlock.id, lead: leadBlock, twin: twinBlock, originalChanged: changed.includes(leadBlock.id) };
    }
    if (leadBlock.kind !== 'figure' && twinBlock.kind !== 'figure') {
      return { kind: 'text', id: leadBlock.id, lead: leadBlock, twin: twinBlock, originalChanged: changed.includes(leadBlock.id) };
    }
    throw new Error(`block ${leadBlock.id} is a ${leadBlock.kind} on one side but a ${twinBlock.kind} on the other`);
  });
}

/** A page beside its twin, paired block by block; `lead` is in the view's own locale. */
export interface BilingualPage<Page> {
  lead: Page;
  twin: Page;
  pairs: BlockPair[];
}

/** Whether a section has a side-by-side view led by `locale`: it exists in that locale and its pair. */
/** The blocks whose original changed since the translation of either side was recorded: the pairs the view marks. */
function changedIn(lead: Page, twin: Page): string[] {
  return [...lead.originalChanges.blocks, ...twin.originalChanges.blocks];
}

function hasView(versions: Partial<Record<Locale, Section>>, locale: Locale): boolean {
  return Boolean(versions[locale] && versions[pairedLocale(locale)]);
}

/**
 * Every bilingual view of a section that exists, for `generateStaticParams`:
 * one per locale whose version and whose pair's version both exist.
 */
export function getBilingualParams(): Promise<SectionParams[]> {
  return sectionParams(({ sections }) =>
    sections.flatMap((entry) =>
      locales.filter((locale) => hasView(entry.versions, locale)).map((locale) => ({ locale, slug: entry.slug })),
    ),
  );
}

/** A section beside its twin, its blocks enhanced and paired; null unless both exist. */
export async function getBilingualSection(locale: Locale, slug: string): Promise<BilingualPage<Section> | null> {
  const [lead, twin] = await Promise.all([getSection(locale, slug), getSection(pairedLocale(locale), slug)]);
  return lead && twin ? { lead, twin, pairs: pairBlocks(lead.blocks, twin.blocks, changedIn(lead, twin)) } : null;
}

/** The front page beside its twin, paired. */
export async function getBilingualFrontPage(locale: Locale): Promise<BilingualPage<FrontPage>> {
  const [lead, twin] = await Promise.all([getFrontPage(locale), getFrontPage(pairedLocale(locale))]);
  return { lead, twin, pairs: pairBlocks(lead.blocks, twin.blocks, changedIn(lead, twin)) };
}

/**
 * The bilingual views of a page (slug null: the front page) by leading
 * locale, or null when there is none, so no page offers a side-by-side view
 * that does not exist.
 */
export async function getBilingualAlternates(slug: string | null): Promise<Partial<Record<Locale, string>> | null> {
  const entry = slug === null ? null : (await getContent()).sections.find((section) => section.slug === slug);
  const leading = slug === null ? locales : locales.filter((locale) => entry && hasView(entry.versions, locale));
  return leading.length > 0 ? Object.fromEntries(leading.map((locale) => [locale, bilingualPath(locale, slug)])) : null;
}

/** The bilingual views before and after a section's, in reading order, skipping sections without one. */
export async function getBilingualNeighbours(
  locale: Locale,
  slug: string,
): Promise<{ previous: BilingualLink | null; next: BilingualLink | null }> {
  const { sections } = await getContent();
  const views = sections.flatMap((entry): BilingualLink[] => {
    const section = entry.versions[locale];
    return section && hasView(entry.versions, locale)
      ? [{ href: bilingualPath(locale, entry.slug), title: section.title, locale }]
      : [];
  });
  const index = views.findIndex((link) => link.href === bilingualPath(locale, slug));
  if (index === -1) return { previous: null, next: null };
  return { previous: views[index - 1] ?? null, next: views[index + 1] ?? null };
}

/** A link to another bilingual view, titled in the leading language. */
export interface BilingualLink {
  href: string;
  title: string;
  locale: Locale;
}
