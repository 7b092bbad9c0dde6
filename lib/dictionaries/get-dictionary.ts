import type { Dictionary } from '@/lib/dictionaries/zh';
import { profileOf, type Locale } from '@/lib/i18n';

/** The UI strings of one language, from its profile. Server-side: client code gets plain string props. */
export function getDictionary(locale: Locale): Dictionary {
  return profileOf(locale).dictionary;
}
