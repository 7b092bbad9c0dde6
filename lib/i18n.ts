import { en } from '@/lib/dictionaries/en';
import { zh } from '@/lib/dictionaries/zh';
import { zhHant } from '@/lib/dictionaries/zh-hant';
import { createLocaleModel, type LocaleProfile } from '@/lib/locale-model';
import { readingRates } from '@/lib/reading-rates';

/*
 * The site's locales, declared once, in the manner of BBC Simorgh's service
 * configs: the two Chinese scripts spread one shared base and declare only
 * what differs. Every layer reads these profiles (routes, the loader, the
 * checks, formatting, typography, SEO, negotiation); none compares a locale
 * to a literal. Adding a locale is a profile here and a dictionary.
 *
 * The simplified edition says `zh-Hans` (not `zh-CN`) beside the
 * traditional `zh-Hant`: the two editions differ by script, not by country
 * (docs/decisions/0006-locale-profiles-and-traditional-edition.md).
 */

export type Locale = 'zh' | 'zh-hant' | 'en';

const chineseBase = {
  typography: {
    family: 'cjk',
    headlineBreaksAtSpaces: true,
    frontHeadlineClass: 'text-[1.75rem] leading-snug font-bold sm:text-5xl sm:leading-tight',
    wrapsAnywhere: true,
    chartLabelLength: 20,
    colon: '：',
  },
  glossaryCounterpart: 'en',
  glossaryPinyin: false,
  pairedWith: 'en',
  reading: readingRates.chinese,
} as const satisfies Partial<LocaleProfile<Locale>>;

/** Chinese counts in 万 and 亿 from ten thousand on (17万, 351.5亿). */
const chineseNumbers = (intl: string, more: string): LocaleProfile<Locale>['numbers'] => ({
  intl,
  compactFrom: 10_000,
  hedges: { nearly: ['近', ''], 'more-than': ['', more] },
  yuan: (number) => `${number}元`,
});

export const localeProfiles: Record<Locale, LocaleProfile<Locale>> = {
  zh: {
    ...chineseBase,
    code: 'zh',
    segment: 'zh',
    lang: 'zh-Hans',
    script: 'Hans',
    openGraph: 'zh_CN',
    source: { kind: 'original' },
    numbers: chineseNumbers('zh-Hans-CN', '余'),
    dateLocale: 'zh-Hans-CN',
    messageName: 'Chinese',
    accept: ['zh', 'zh-Hans', 'zh-CN', 'zh-SG'],
    dictionary: zh,
  },
  'zh-hant': {
    ...chineseBase,
    code: 'zh-hant',
    segment: 'zh-hant',
    lang: 'zh-Hant',
    script: 'Hant',
    openGraph: 'zh_TW',
    source: { kind: 'conversion', of: 'zh', converter: 'opencc-cn-tw' },
    numbers: chineseNumbers('zh-Hant-TW', '餘'),
    dateLocale: 'zh-Hant-TW',
    messageName: 'Traditional Chinese',
    accept: ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO'],
    dictionary: zhHant,
  },
  en: {
    code: 'en',
    segment: 'en',
    lang: 'en',
    script: 'Latn',
    // The translation is written in British English ("licence", "specialised").
    openGraph: 'en_GB',
    source: { kind: 'translation', of: 'zh' },
    typography: {
      family: 'latin',
      headlineBreaksAtSpaces: false,
      frontHeadlineClass: 'text-[1.625rem] leading-tight font-bold sm:text-4xl lg:text-[2.75rem]',
      wrapsAnywhere: false,
      chartLabelLength: 40,
      colon: ': ',
    },
    numbers: {
      intl: 'en',
      compactFrom: 1_000_000_000,
      hedges: { nearly: ['nearly ', ''], 'more-than': ['', '+'] },
      yuan: (number) => `${number} yuan`,
    },
    dateLocale: 'en',
    pairedWith: 'zh',
    glossaryCounterpart: 'zh',
    glossaryPinyin: true,
    messageName: 'English',
    accept: ['en'],
    reading: readingRates.english,
    dictionary: en,
  },
};

const model = createLocaleModel(localeProfiles, 'zh');

/** Every locale, in the order switches, sitemaps and feeds list them. */
export const locales: readonly Locale[] = model.locales;

/** The locale a reader gets when nothing they ask for fits: the original. */
export const defaultLocale: Locale = model.defaultLocale;

export const {
  isLocale,
  profileOf,
  originalLocale,
  writtenLocales,
  convertedLocales,
  sourceOf,
  writtenSourceOf,
  translations,
  htmlLang,
} = model;
