import type { TextBlock } from '@/lib/content/markdown';
import { getContent, type Block, type FigureBlock, type FrontPage, type Section } from '@/lib/content/load';
import { getFrontPage, getSection } from '@/lib/content/queries';
import { locales, otherLocale, type Locale } from '@/lib/i18n';
import { bilingualPath } from '@/lib/routes';

/** A block and its twin: the unit of the side-by-side view, under the id both share. */
export type BlockPair =
  | { kind: 'text'; id: string; zh: TextBlock; en: TextBlock }
  | { kind: 'figure'; id: string; zh: FigureBlock; en: FigureBlock };

/**
 * Pairs block n of the Chinese page with block n of the English one. The
 * loader refuses content whose twins differ in kind or number, so a mismatch
 * here is a bug, not an editor's mistake: it throws rather than show a
 * paragraph beside the wrong translation.
 */
export function pairBlocks(zh: readonly Block[], en: readonly Block[]): BlockPair[] {
  if (zh.length !== en.length) {
    throw new Error(`cannot pair ${zh.length} Chinese blocks with ${en.length} English ones`);
  }
  return zh.map((zhBlock, i): BlockPair => {
    const enBlock = en[i] as Block;
    if (zhBlock.id !== enBlock.id) throw new Error(`block ${i + 1} is ${zhBlock.id} in Chinese but ${enBlock.id} in English`);
    if (zhBlock.kind === 'figure' && enBlock.kind === 'figure') {
      return { kind: 'figure', id: zhBlock.id, zh: zhBlock, en: enBlock };
    }
    if (zhBlock.kind !== 'figure' && enBlock.kind !== 'figure') {
      return { kind: 'text', id: zhBlock.id, zh: zhBlock, en: enBlock };
    }
    throw new Error(`block ${zhBlock.id} is a ${zhBlock.kind} in Chinese but a ${enBlock.kind} in English`);
  });
}

/** A page in both languages, paired block by block. */
export interface BilingualPage<Page> {
  zh: Page;
  en: Page;
  pairs: BlockPair[];
}

/**
 * Every bilingual view that exists, for `generateStaticParams`: one per
 * language (which decides the leading column and the chrome) for each
 * section written in both. A section in one language only has none.
 */
export async function getBilingualParams(): Promise<{ locale: Locale; slug: string }[]> {
  const { sections } = await getContent();
  return sections
    .filter((entry) => locales.every((locale) => entry.versions[locale]))
    .flatMap((entry) => locales.map((locale) => ({ locale, slug: entry.slug })));
}

/** A section in both languages, its blocks enhanced and paired; null unless both exist. */
export async function getBilingualSection(slug: string): Promise<BilingualPage<Section> | null> {
  const [zh, en] = await Promise.all([getSection('zh', slug), getSection('en', slug)]);
  return zh && en ? { zh, en, pairs: pairBlocks(zh.blocks, en.blocks) } : null;
}

/** The front page in both languages, paired. */
export async function getBilingualFrontPage(): Promise<BilingualPage<FrontPage>> {
  const [zh, en] = await Promise.all([getFrontPage('zh'), getFrontPage('en')]);
  return { zh, en, pairs: pairBlocks(zh.blocks, en.blocks) };
}

/**
 * The bilingual views of a page (slug null: the front page) by leading
 * language, or null when the page is not written in both languages, so no
 * page offers a side-by-side view that does not exist.
 */
export async function getBilingualAlternates(slug: string | null): Promise<Record<Locale, string> | null> {
  if (slug !== null) {
    const entry = (await getContent()).sections.find((section) => section.slug === slug);
    if (!locales.every((locale) => entry?.versions[locale])) return null;
  }
  return { zh: bilingualPath('zh', slug), en: bilingualPath('en', slug) };
}

/** The bilingual views before and after a section's, in reading order, skipping sections in one language only. */
export async function getBilingualNeighbours(
  locale: Locale,
  slug: string,
): Promise<{ previous: BilingualLink | null; next: BilingualLink | null }> {
  const { sections } = await getContent();
  const both = sections.flatMap((entry): BilingualLink[] => {
    const section = entry.versions[locale];
    const twin = entry.versions[otherLocale(locale)];
    return section && twin ? [{ href: bilingualPath(locale, entry.slug), title: section.title, locale }] : [];
  });
  const index = both.findIndex((link) => link.href === bilingualPath(locale, slug));
  if (index === -1) return { previous: null, next: null };
  return { previous: both[index - 1] ?? null, next: both[index + 1] ?? null };
}

/** A link to another bilingual view, titled in the leading language. */
export interface BilingualLink {
  href: string;
  title: string;
  locale: Locale;
}
