import { z } from 'zod';
import { refuseForbiddenCharacters } from '@/lib/content/characters';

const line = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .superRefine(refuseForbiddenCharacters);

/**
 * The glossary (`content/glossary.yaml`): the article's proper nouns and policy
 * terms with the English the translation uses for each, and a one-line note
 * for readers of each language.
 */
export const glossarySchema = z.array(
  z.strictObject({
    zh: line('zh'),
    en: line('en'),
    note: z.strictObject({
      zh: line('note.zh'),
      en: line('note.en'),
    }),
  }),
  { error: 'the glossary is a list of entries, each starting with "- zh:"' },
);

export type GlossaryEntry = z.infer<typeof glossarySchema>[number];

/** Where a glossary term occurs in a text. */
export interface TermMatch {
  entry: GlossaryEntry;
  start: number;
  end: number;
}

/**
 * Finds glossary terms in a text, longest first and without overlaps, so that
 * 成渝地区双城经济圈 is one term and not also 双城经济圈. `language` says which
 * side of the entries to look for.
 */
export function findTerms(text: string, glossary: readonly GlossaryEntry[], language: 'zh' | 'en'): TermMatch[] {
  const byLength = [...glossary].sort((a, b) => b[language].length - a[language].length);
  const taken: boolean[] = new Array(text.length).fill(false);
  const matches: TermMatch[] = [];
  for (const entry of byLength) {
    const term = entry[language];
    for (let start = text.indexOf(term); start !== -1; start = text.indexOf(term, start + term.length)) {
      const end = start + term.length;
      if (taken.slice(start, end).some(Boolean)) continue;
      if (language === 'en' && !atWordBoundaries(text, start, end)) continue;
      taken.fill(true, start, end);
      matches.push({ entry, start, end });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** English terms match whole words only: "Science City" but not "Science Cityscape". */
function atWordBoundaries(text: string, start: number, end: number): boolean {
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  return !isWordChar(text[start - 1]) && !isWordChar(text[end]);
}
