/** The site's languages, declared once. Chinese is the original; English is our translation. */
export const locales = ['zh', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'zh';

/** BCP 47 tags for `<html lang>`, `hreflang` and `inLanguage`: the URL says `zh`, the page says `zh-CN`. */
export const htmlLang: Record<Locale, string> = {
  zh: 'zh-CN',
  en: 'en',
};

/** Narrows a route segment or file name to a locale. */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The other language of the pair, for language switches and twin lookups. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
