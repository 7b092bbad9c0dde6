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
