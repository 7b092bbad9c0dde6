import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { formatDate } from '@/lib/format';
import { profileOf, type Locale } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/seo/absolute-url';

export interface PrintNoteProps {
  locale: Locale;
  /** The page's address, such as `/en/labs`; printed whole, from SITE_URL. */
  path: string;
  /** The article's publication date (ISO 8601). */
  date: string;
}

/**
 * What a printed page says at its end and a screen never shows: where the
 * page is online and when the article was published, so a printout can be
 * traced back. Written at build, as the address is fixed then.
 */
export function PrintNote({ locale, path, date }: PrintNoteProps) {
  const dict = getDictionary(locale);
  const { colon } = profileOf(locale).typography;
  return (
    <p className="print-note hidden print:block">
      <span>
        {dict.printAddress}
        {colon}
        {absoluteUrl(path)}
      </span>
      <span>
        {dict.published}
        {colon}
        <time dateTime={date}>{formatDate(date, locale)}</time>
      </span>
    </p>
  );
}
