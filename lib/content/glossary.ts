import { z } from 'zod';
import { refuseForbiddenCharacters } from '@/lib/content/characters';
import { pinyinField } from '@/lib/content/pinyin';
import type { ConversionOverride } from '@/lib/content/convert';
import { locales, profileOf, sourceOf, type Locale } from '@/lib/i18n';

const line = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .superRefine(refuseForbiddenCharacters);

/** Whether glossary.yaml must give a locale's side: written locales must, a generated one may (to override the converter). */
const isRequired = (locale: Locale) => profileOf(locale).source.kind !== 'conversion';

/*
 * One field per locale. Typed as if every side were optional because the
 * locales are data here; at run time a written locale's side is required,
 * and resolveGlossary fills in every side.
 */
const sides = (prefix: string) =>
  Object.fromEntries(
    locales.map((locale) => [locale, isRequired(locale) ? line(`${prefix}${locale}`) : line(`${prefix}${locale}`).optional()]),
  ) as Record<Locale, z.ZodOptional<z.ZodString>>;

/**
 * The glossary (`content/glossary.yaml`): the article's proper nouns and policy
 * terms with the words each written language uses for each, and a one-line
 * note for readers of each language. Its fields are the locales of lib/i18n.ts:
 * the written ones are required; a generated one (`zh-hant`) is optional and,
 * when given, overrides the converter for that term everywhere in the edition.
 */
export const glossarySchema = z.array(
  z.strictObject({
    ...sides(''),
    pinyin: pinyinField,
    note: z.strictObject(sides('note.')),
  }),
  { error: 'the glossary is a list of entries, each starting with "- zh:"' },
);

/** An entry as written in glossary.yaml: a generated locale's side may be missing. */
export type GlossaryInput = z.infer<typeof glossarySchema>[number];

/** An entry as the site uses it: the term and the note in every locale. */
export type GlossaryEntry = Record<Locale, string> & {
  note: Record<Locale, string>;
  /** The original's name in pinyin with tone marks (Jīnfèng Shíyànshì), for the notes of locales that give it. */
  pinyin?: string;
};

/** The terms of glossary.yaml whose generated form is written there, by generated locale. */
export function conversionOverrides(input: readonly GlossaryInput[], locale: Locale): ConversionOverride[] {
  const source = sourceOf(locale);
  if (!source) return [];
  return input.flatMap((entry) => {
    const [from, to] = [entry[source], entry[locale]];
    return from && to ? [{ from, to }] : [];
  });
}

/**
 * The glossary with every locale filled in: a generated locale's terms and
 * notes are converted from their source, or taken as glossary.yaml writes
 * them. `convert` gives each generated locale's converter (with overrides).
 */
export function resolveGlossary(
  input: readonly GlossaryInput[],
  convert: (locale: Locale, text: string) => string,
): GlossaryEntry[] {
  return input.map((entry) => {
    const terms = {} as Record<Locale, string>;
    const note = {} as Record<Locale, string>;
    // Declaration order puts a source before what is made from it.
    for (const locale of locales) {
      const source = isRequired(locale) ? null : sourceOf(locale);
      terms[locale] = entry[locale] ?? (source ? convert(locale, terms[source]) : '');
      note[locale] = entry.note[locale] ?? (source ? convert(locale, note[source]) : '');
    }
    return { ...terms, note, ...(entry.pinyin ? { pinyin: entry.pinyin } : {}) };
  });
}

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
export function findTerms(text: string, glossary: readonly GlossaryEntry[], language: Locale): TermMatch[] {
  const wholeWords = profileOf(language).typography.family === 'latin';
  const byLength = [...glossary].sort((a, b) => b[language].length - a[language].length);
  const taken: boolean[] = new Array(text.length).fill(false);
  const matches: TermMatch[] = [];
  for (const entry of byLength) {
    const term = entry[language];
    for (let start = text.indexOf(term); start !== -1; start = text.indexOf(term, start + term.length)) {
      const end = start + term.length;
      if (taken.slice(start, end).some(Boolean)) continue;
      if (wholeWords && !atWordBoundaries(text, start, end)) continue;
      taken.fill(true, start, end);
      matches.push({ entry, start, end });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** Terms in Latin script match whole words only: "Science City" but not "Science Cityscape". */
function atWordBoundaries(text: string, start: number, end: number): boolean {
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  return !isWordChar(text[start - 1]) && !isWordChar(text[end]);
}
