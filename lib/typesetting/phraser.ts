import type { GlossaryEntry } from '@/lib/content/glossary';
import { locales, profileOf, type Locale } from '@/lib/i18n';
import { splitPhrases } from '@/lib/typesetting/phrases';

/** Splits a line of display text in a locale into the phrases its lines may break between. */
export type Phraser = (text: string, locale: Locale) => string[];

/**
 * The site's phraser: each locale's text is segmented by its profile's
 * script, keeping the glossary's names whole in that locale's form (the
 * generated edition's converted names included, as the glossary resolves
 * them).
 */
export function createPhraser(glossary: readonly GlossaryEntry[]): Phraser {
  const names = Object.fromEntries(
    locales.map((locale) => [locale, glossary.map((entry) => entry[locale]).filter((name) => name.length > 0)]),
  ) as Record<Locale, string[]>;
  return (text, locale) => splitPhrases(text, { script: profileOf(locale).script, keepWhole: names[locale] });
}
