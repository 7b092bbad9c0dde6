import { profileOf, type Locale } from '@/lib/i18n';

/**
 * A date as a reader of the language writes it, in Beijing time (the
 * article's own), so the day never shifts with the build machine's zone.
 */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(profileOf(locale).dateLocale, {
    dateStyle: 'long',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
}

/** A number as the article's readers write it, split so the page can set the hedge apart. */
export interface FormattedQuantity {
  /** 近 / "nearly", before the number; empty when the number is exact. */
  before: string;
  number: string;
  /** 余 / "+", after the number. */
  after: string;
}

/**
 * Formats a figure the way each language writes it (its profile's `numbers`):
 * Chinese counts in 万 and 亿 (17万, 351.5亿), English in thousands and billions (170,000, 35.15
 * billion). The article's hedges stay with the number: 近17万 is "nearly
 * 170,000", 190余 is "190+".
 */
export function formatQuantity(value: number, locale: Locale, qualifier?: 'nearly' | 'more-than'): FormattedQuantity {
  const numbers = profileOf(locale).numbers;
  const large = value >= numbers.compactFrom;
  const number = new Intl.NumberFormat(numbers.intl, {
    maximumFractionDigits: 2,
    ...(large ? { notation: 'compact', compactDisplay: 'long' } : {}),
  }).format(value);
  const [before, after] = qualifier ? numbers.hedges[qualifier] : ['', ''];
  return { before, number, after };
}

/** An amount of yuan as the article writes it: 351.5亿元, 35.15 billion yuan. */
export function formatYuan(yuan: number, locale: Locale): string {
  const { number } = formatQuantity(yuan, locale);
  return profileOf(locale).numbers.yuan(number);
}
