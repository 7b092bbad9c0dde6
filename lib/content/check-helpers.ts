import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { GlossaryEntry } from '@/lib/content/glossary';
import type { Block, FrontPage, Section, SectionEntry } from '@/lib/content/types';
import { en } from '@/lib/dictionaries/en';
import { translations, type Locale } from '@/lib/i18n';

/*
 * What the cross-file checks share: the context they read, the finding they
 * return and the helpers they use. Apart from lib/content/check.ts, which
 * imports every check, so that no check imports its own runner.
 */

/** Everything the loader read, as the checks see it: drafts included, nothing filtered yet. */
export interface CheckContext {
  /** Every file read (content and glossary), with what parsing recorded in `data`. */
  files: readonly VFile[];
  frontPages: Partial<Record<Locale, FrontPage>>;
  /** Every section whose files parsed, drafts included, in reading order. */
  sections: readonly SectionEntry[];
  glossary: readonly GlossaryEntry[];
  /** File names in the content's `images/` folder. */
  images: readonly string[];
  /** The path of the images folder as messages show it, such as `content/images`. */
  imagesPath: string;
}

/** One problem a check found: where, what to do, and whether it stops the build. */
export interface Finding {
  /** The file as messages show it, such as `content/en/labs.md`. */
  path: string;
  line: number;
  column: number;
  reason: string;
  /** Names the check, so the guide (docs/editing.md) and the tests can refer to it. */
  ruleId: string;
  fatal: boolean;
}

/** A check reads the content and returns what is wrong; it records nothing itself. */
export type ContentCheck = (context: CheckContext) => Finding[];

/** A finding at a line of a file; column 1 unless told. */
export function finding(
  fatal: boolean,
  ruleId: string,
  path: string,
  line: number,
  reason: string,
  column = 1,
): Finding {
  return { path, line, column, reason, ruleId, fatal };
}

/** A page of either kind: the front page or a section. */
export type AnyPage = FrontPage | Section;

/** A page written in two languages: an original and its translation (lib/i18n.ts says which locales those are). */
export interface TranslatedPair {
  /** `index` for the front page. */
  slug: string;
  original: AnyPage;
  translation: AnyPage;
}

/** Every page that exists as an original and a translation of it: the pairs alignment, glossary and freshness are about. */
export function translatedPairs(context: Pick<CheckContext, 'frontPages' | 'sections'>): TranslatedPair[] {
  const pairs: TranslatedPair[] = [];
  const { frontPages, sections } = context;
  for (const { original, translation } of translations) {
    const [front, translatedFront] = [frontPages[original], frontPages[translation]];
    if (front && translatedFront) pairs.push({ slug: 'index', original: front, translation: translatedFront });
  }
  for (const entry of sections) {
    for (const { original, translation } of translations) {
      const [page, translated] = [entry.versions[original], entry.versions[translation]];
      if (page && translated) pairs.push({ slug: entry.slug, original: page, translation: translated });
    }
  }
  return pairs;
}

/** Every page read, front pages first, then sections in reading order. */
export function allPages(context: Pick<CheckContext, 'frontPages' | 'sections'>): AnyPage[] {
  return [
    ...Object.values(context.frontPages),
    ...context.sections.flatMap((entry) => Object.values(entry.versions)),
  ];
}

/** Whether a page is a draft: only sections can be. */
export function isDraft(page: AnyPage): boolean {
  return 'draft' in page && page.draft;
}

/**
 * A block as an editor finds it: its kind and its number among blocks of that
 * kind ("paragraph 6"), which is also its id in the page's address (`#p6`).
 */
export function describeBlock(block: Block): string {
  // The English edition's names for blocks: the messages are in English.
  return en.changedBlock(block.kind, Number(block.id.replace(/^\D+/, '')));
}

/** Where a front-matter field is written in a file; the top of the file when it is not there. */
export function fieldAt(context: Pick<CheckContext, 'files'>, path: string, field: string): { line: number; column: number } {
  const file = context.files.find((candidate) => candidate.path === path);
  return file?.data.frontMatterFields?.[field] ?? { line: 1, column: 1 };
}

/** The words of a block a translation must render: a switch over every kind, so a new kind must decide. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'figure':
      return `${block.figure.alt}\n${block.figure.caption}`;
    case 'paragraph':
    case 'heading':
    case 'list':
    case 'quote':
    case 'table':
    case 'code':
    case 'rule':
      return toString(block.element);
    default: {
      const unhandled: never = block;
      throw new Error(`no text for block ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Whether the two pages have the same blocks, kind for kind: what every check that pairs blocks by position needs. */
export function blocksLineUp(original: AnyPage, translation: AnyPage): boolean {
  return (
    original.blocks.length === translation.blocks.length &&
    original.blocks.every((block, i) => block.kind === translation.blocks[i]?.kind)
  );
}
