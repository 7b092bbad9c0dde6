import type { GlossaryEntry } from '@/lib/content/glossary';
import { markGlossaryTerms } from '@/lib/content/glossary-terms';
import type { Block } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n';

/** What the enhancement steps may use besides the blocks themselves. */
export interface EnhanceContext {
  /** The language of the blocks (not of the page: the bilingual view enhances each column in its own). */
  language: Locale;
  glossary: readonly GlossaryEntry[];
}

type Enhancement = (blocks: readonly Block[], context: EnhanceContext) => Block[];

/*
 * The enhancements of a page's blocks, in order: each is a pure step from
 * blocks to blocks, run after loading and before rendering. Glossary marking
 * goes last of any text step, as it wraps words in elements a later step
 * matching on plain text would not expect.
 */
const enhancements: Enhancement[] = [
  (blocks, { glossary, language }) => markGlossaryTerms(blocks, glossary, language),
];

/**
 * A page's blocks as the reader gets them: the loaded blocks through every
 * enhancement. Runs per page (the steps are per page: "first occurrence on
 * the page") and never changes the cached content.
 */
export function enhanceBlocks(blocks: readonly Block[], context: EnhanceContext): Block[] {
  return enhancements.reduce<Block[]>((current, step) => step(current, context), [...blocks]);
}
