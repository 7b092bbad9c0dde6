import Negotiator from 'negotiator';
import { defaultLocale, locales, type Locale } from '@/lib/i18n';
import { buildNegotiation, chooseFrontPage } from '@/lib/publication/manifest';
import { frontPagePath } from '@/lib/routes';

/**
 * The language tags of an `Accept-Language` header in the reader's order of
 * preference (by q value), without `*`; none when the header is missing or
 * cannot be read, so a malformed header still gets the reader a page.
 */
export function requestedLanguages(acceptLanguage: string | null | undefined): string[] {
  if (!acceptLanguage) return [];
  try {
    return new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages().filter((tag) => tag !== '*');
  } catch {
    return [];
  }
}

/**
 * The site locale that best fits an `Accept-Language` header: the first tag,
 * by the reader's preference, that a profile's `accept` ranges choose
 * (zh-TW, zh-HK and zh-Hant-* read the traditional edition; zh-CN and plain
 * zh the simplified one); the original when nothing fits. The rule is
 * `chooseFrontPage` (lib/publication/manifest.ts), the one the servers and
 * the static page of `/` run, so none of them can choose otherwise.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const path = chooseFrontPage(requestedLanguages(acceptLanguage), buildNegotiation());
  return locales.find((locale) => frontPagePath(locale) === path) ?? defaultLocale;
}
