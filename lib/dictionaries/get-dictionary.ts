import type { Locale } from '@/lib/i18n';
import { en } from '@/lib/dictionaries/en';
import { zh, type Dictionary } from '@/lib/dictionaries/zh';

const dictionaries: Record<Locale, Dictionary> = { zh, en };

/** The UI strings of one language. Server-side: client components get plain string props. */
export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}
