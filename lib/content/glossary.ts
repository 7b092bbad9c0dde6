import type { VFile } from 'vfile';
import { z } from 'zod';
import { refuseForbiddenCharacters } from '@/lib/content/characters';
import { pinyinField } from '@/lib/content/pinyin';
import { fieldPosition, parseYaml, type YamlWording } from '@/lib/content/front-matter';
import { reportError } from '@/lib/content/report';
import type { ConversionOverride } from '@/lib/content/convert';
import { locales, originalLocale, profileOf, sourceOf, translations, type Locale } from '@/lib/i18n';

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

/** How glossary messages name a place: by the entry's Chinese term, which is how an editor finds it. */
const glossaryWording: YamlWording = {
  ruleId: 'glossary-entry',
  name: (path, value) => {
    const [index, ...field] = path;
    if (typeof index !== 'number') return 'the glossary';
    const entry: unknown = Array.isArray(value) ? value[index] : undefined;
    const written = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[originalLocale] : undefined;
    const term = typeof written === 'string' ? written : null;
    const named = term ? `the glossary entry "${term}"` : `glossary entry ${index + 1}`;
    return field.length > 0 ? `field "${field.join('.')}" of ${named}` : named;
  },
};

/**
 * Reads glossary.yaml: every problem is reported at its own line, naming the
 * entry by its Chinese term; an entry given twice (the same Chinese term) is
 * an error at the second, which would otherwise silently lose to the first.
 * Returns null when there is any problem.
 */
export function parseGlossary(file: VFile): GlossaryInput[] | null {
  const entries = parseYaml(file, { yaml: String(file.value), firstLine: 1 }, glossarySchema, glossaryWording);
  if (!entries) return null;
  const first = new Map<string, number>();
  let clean = true;
  entries.forEach((entry, i) => {
    const term = entry[originalLocale] ?? '';
    const earlier = first.get(term);
    if (earlier === undefined) {
      first.set(term, i);
      return;
    }
    clean = false;
    const other = entries[earlier];
    const line = fieldPosition(file, [earlier])?.line ?? 1;
    const translated = translations.find(({ original }) => original === originalLocale)?.translation ?? originalLocale;
    const english = profileOf(translated);
    const [before, now] = [other?.[translated], entry[translated]];
    const conflict =
      before !== now
        ? `, with different ${english.messageName} ("${before}" there, "${now}" here): keep the one entry with the right ${english.messageName} and remove the other`
        : ': remove one of the two';
    reportError(file, `the glossary entry "${term}" is given twice, here and at line ${line}${conflict}`, fieldPosition(file, [i]) ?? { line: 1, column: 1 }, 'glossary-entry');
  });
  return clean ? entries : null;
}

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
