import { htmlLang, type Locale } from '@/lib/i18n';

/**
 * A date as a reader of the language writes it, in Beijing time (the
 * article's own), so the day never shifts with the build machine's zone.
 */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(htmlLang[locale], {
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
 * Formats a figure the way each language writes it: Chinese counts in 万 and
 * 亿 (17万, 351.5亿), English in thousands and billions (170,000, 35.15
 * billion). The article's hedges stay with the number: 近17万 is "nearly
 * 170,000", 190余 is "190+".
 */
export function formatQuantity(value: number, locale: Locale, qualifier?: 'nearly' | 'more-than'): FormattedQuantity {
  const large = locale === 'zh' ? value >= 10_000 : value >= 1_000_000_000;
  const number = new Intl.NumberFormat(htmlLang[locale], {
    maximumFractionDigits: 2,
    ...(large ? { notation: 'compact', compactDisplay: 'long' } : {}),
  }).format(value);
  const hedges = {
    zh: { nearly: ['近', ''], 'more-than': ['', '余'] },
    en: { nearly: ['nearly ', ''], 'more-than': ['', '+'] },
  } as const;
  const [before, after] = qualifier ? hedges[locale][qualifier] : ['', ''];
  return { before, number, after };
}

/** An amount of yuan as the article writes it: 351.5亿元, 35.15 billion yuan. */
export function formatYuan(yuan: number, locale: Locale): string {
  const { number } = formatQuantity(yuan, locale);
  return locale === 'zh' ? `${number}元` : `${number} yuan`;
}
