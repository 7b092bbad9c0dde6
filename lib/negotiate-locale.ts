import Negotiator from 'negotiator';
import { defaultLocale, locales, profileOf, type Locale } from '@/lib/i18n';

/** A language range of a profile's `accept` list, and the locale it chooses. */
export interface AcceptRange {
  range: string;
  locale: Locale;
}

/**
 * Every range of every profile, longest first: the order in which a
 * requested tag is tried against them. Plain data, for servers whose
 * configuration is generated (nginx, the static server) to apply the same rule.
 */
export const acceptRanges: readonly AcceptRange[] = locales
  .flatMap((locale) => profileOf(locale).accept.map((range) => ({ range, locale })))
  .sort((a, b) => b.range.length - a.range.length);

/** The locale a single language tag chooses: the longest range it equals or starts with (RFC 4647 basic filtering). */
export function localeForTag(tag: string): Locale | null {
  const lower = tag.toLowerCase();
  const hit = acceptRanges.find(({ range }) => {
    const wanted = range.toLowerCase();
    return lower === wanted || lower.startsWith(`${wanted}-`);
  });
  return hit?.locale ?? null;
}

/**
 * The site locale that best fits an `Accept-Language` header: the first tag,
 * by the reader's preference, that a profile's `accept` ranges choose
 * (zh-TW, zh-HK and zh-Hant-* read the traditional edition; zh-CN and plain
 * zh the simplified one). The original when nothing fits or the header is
 * missing or malformed.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  let requested: string[];
  try {
    requested = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages();
  } catch {
    // A header the parser cannot read still gets the reader a page.
    return defaultLocale;
  }
  for (const tag of requested) {
    if (tag === '*') continue;
    const locale = localeForTag(tag);
    if (locale) return locale;
  }
  return defaultLocale;
}
