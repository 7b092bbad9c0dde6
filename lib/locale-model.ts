import type { Dictionary } from '@/lib/dictionaries/zh';
import type { ReadingRate } from '@/lib/reading-rates';

/*
 * The shape of a locale profile and the queries every layer asks of the
 * profiles. The profiles themselves are declared once, in lib/i18n.ts; this
 * module knows no locale by name, so a test can build the same model over
 * profiles with a locale added (tests/lib/fourth-locale.test.ts).
 */

/** The converters a generated edition can be made with (lib/content/convert.ts runs them). */
export type ConverterId = 'opencc-cn-tw';

/** How a locale's text comes to exist. */
export type TextSource<Code extends string = string> =
  /** Written by the article's authors: every other edition comes from it. */
  | { kind: 'original' }
  /** Written by translators from `of`; content/<code>/ holds its files and the check follows their freshness. */
  | { kind: 'translation'; of: Code }
  /** Generated at build from `of` by a converter; no file is ever written for it, so it is never stale. */
  | { kind: 'conversion'; of: Code; converter: ConverterId };

/** How a number is written: where compact notation (万/亿, billion) starts and the article's hedges. */
export interface NumberFormat {
  /** The `Intl` locale numbers are formatted with. */
  intl: string;
  /** From this value on, numbers are written compactly: 17万 from 10,000, 35.15 billion from 10⁹. */
  compactFrom: number;
  /** 近 / "nearly" before the number, 余 / "+" after it: [before, after]. */
  hedges: Record<'nearly' | 'more-than', readonly [string, string]>;
  /** An amount of yuan, given the formatted number: 351.5亿元, 35.15 billion yuan. */
  yuan: (number: string) => string;
}

/** How the language is set: the components read these instead of asking which language it is. */
export interface Typography {
  /** The font family CSS selects by `lang`: the CJK stacks or the Latin ones (app/globals.css). */
  family: 'cjk' | 'latin';
  /** Headlines mark their printed line breaks with a space (主题 + 副题), so each part gets a line. */
  headlineBreaksAtSpaces: boolean;
  /** Class names of the front page's headline, whose size depends on the script. */
  frontHeadlineClass: string;
  /** Text has no spaces between words: labels wrap at any character, not at spaces. */
  wrapsAnywhere: boolean;
  /** Characters per line of the investment chart's labels on a 20rem phone. */
  chartLabelLength: number;
  /** Between a label and what follows it: "来源：" or "Source: ". */
  colon: string;
}

/** One locale: everything the site needs to know about it, declared in one place. */
export interface LocaleProfile<Code extends string = string> {
  code: Code;
  /** The first segment of its addresses: `/zh-hant/labs`. */
  segment: string;
  /** BCP 47 tag for `<html lang>`, `hreflang`, `inLanguage` and feeds. */
  lang: string;
  /** ISO 15924 script. */
  script: 'Hans' | 'Hant' | 'Latn';
  /** Open Graph's language_TERRITORY. */
  openGraph: string;
  source: TextSource<Code>;
  typography: Typography;
  numbers: NumberFormat;
  /** The `Intl` locale dates are written with (always in Beijing time). */
  dateLocale: string;
  /** The locale shown beside this one in its side-by-side view. */
  pairedWith: Code;
  /** Whose name a glossary note gives beside a term on this locale's pages. */
  glossaryCounterpart: Code;
  /**
   * Whether this locale's glossary notes give the original's name in pinyin
   * (glossary.yaml's `pinyin`), for readers who cannot read the characters:
   * when any locale does, every entry must have it.
   */
  glossaryPinyin: boolean;
  /** How the content check's messages (in English) name the language. */
  messageName: string;
  /**
   * The language ranges of `Accept-Language` that choose this locale at `/`,
   * matched as prefixes (RFC 4647 basic filtering), the longest range winning
   * across locales: `zh-Hant-TW` is zh-Hant's, `zh-Hans-HK` zh-Hans's.
   * Plain data, so the servers' configurations can be generated from it.
   */
  accept: readonly string[];
  /** How fast its readers read, for the reading times (lib/reading-time.ts). */
  reading: ReadingRate;
  dictionary: Dictionary;
}

/** The queries over a set of profiles. */
export interface LocaleModel<Code extends string> {
  locales: readonly Code[];
  defaultLocale: Code;
  profiles: Readonly<Record<Code, LocaleProfile<Code>>>;
  isLocale(value: string): value is Code;
  profileOf(locale: Code): LocaleProfile<Code>;
  /** The locale written by the authors. */
  originalLocale: Code;
  /** Locales whose files editors write (the original and its translations): content/<code>/. */
  writtenLocales: readonly Code[];
  /** Locales generated at build from another. */
  convertedLocales: readonly Code[];
  /** The locale whose text this one is made from; null for the original. */
  sourceOf(locale: Code): Code | null;
  /** The written locale a generated one comes from, itself for a written one. */
  writtenSourceOf(locale: Code): Code;
  /** Translations and the locale each translates: the pairs the freshness and alignment checks are about. */
  translations: readonly { original: Code; translation: Code }[];
  /** BCP 47 tags by locale, for `lang` and `hreflang` attributes. */
  htmlLang: Readonly<Record<Code, string>>;
}

/**
 * Builds the locale model from profiles. Throws at start-up, not at a
 * reader's request, when a profile names a locale that is not declared or
 * when the default is not one.
 */
export function createLocaleModel<Code extends string>(
  profiles: Record<Code, LocaleProfile<Code>>,
  defaultLocale: Code,
): LocaleModel<Code> {
  const locales = Object.keys(profiles) as Code[];
  const isLocale = (value: string): value is Code => (locales as readonly string[]).includes(value);
  const profileOf = (locale: Code) => profiles[locale];
  for (const locale of locales) {
    const profile = profiles[locale];
    const named = [
      profile.pairedWith,
      profile.glossaryCounterpart,
      ...('of' in profile.source ? [profile.source.of] : []),
    ];
    for (const other of named) {
      if (!isLocale(other))
        throw new Error(`lib/i18n.ts: the ${locale} profile names "${other}", which is not a locale`);
    }
  }
  if (!isLocale(defaultLocale)) throw new Error(`lib/i18n.ts: the default locale "${defaultLocale}" is not a locale`);
  const originals = locales.filter((locale) => profiles[locale].source.kind === 'original');
  if (originals.length !== 1)
    throw new Error(`lib/i18n.ts: exactly one locale is the original, not ${originals.length}`);
  const originalLocale = originals[0] as Code;
  const sourceOf = (locale: Code): Code | null => {
    const source = profiles[locale].source;
    return source.kind === 'original' ? null : source.of;
  };
  const writtenSourceOf = (locale: Code): Code => {
    const source = profiles[locale].source;
    return source.kind === 'conversion' ? writtenSourceOf(source.of) : locale;
  };
  return {
    locales,
    defaultLocale,
    profiles,
    isLocale,
    profileOf,
    originalLocale,
    writtenLocales: locales.filter((locale) => profiles[locale].source.kind !== 'conversion'),
    convertedLocales: locales.filter((locale) => profiles[locale].source.kind === 'conversion'),
    sourceOf,
    writtenSourceOf,
    htmlLang: Object.fromEntries(locales.map((locale) => [locale, profiles[locale].lang])) as Record<Code, string>,
    translations: locales.flatMap((locale) => {
      const source = profiles[locale].source;
      return source.kind === 'translation' ? [{ original: source.of, translation: locale }] : [];
    }),
  };
}
