import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { defaultLocale, locales, type Locale } from '@/lib/i18n';

/**
 * The site language that best fits an `Accept-Language` header; Chinese, the
 * original, when nothing fits or the header is missing or malformed.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage } })
    .languages()
    .filter((tag) => tag !== '*');
  try {
    return match(requested, locales, defaultLocale) as Locale;
  } catch {
    // A malformed tag in the header makes the matcher throw; the reader still gets a page.
    return defaultLocale;
  }
}
