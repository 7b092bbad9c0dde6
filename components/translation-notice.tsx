import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { htmlLang, type Locale } from '@/lib/i18n';

interface TranslationNoticeProps {
  locale: Locale;
  /** The page's `translationIsStale`: its original changed after it was translated. Nothing is shown when false. */
  stale: boolean;
  /** The original of this page, which the reader can turn to. */
  originalHref: string | undefined;
  /** The original's language. */
  originalLocale: Locale;
}

/**
 * Says that a translation may be behind its original and links to the
 * original, so a reader who needs the latest wording knows where it is.
 */
export function TranslationNotice({ locale, stale, originalHref, originalLocale }: TranslationNoticeProps) {
  if (!stale || !originalHref) return null;
  const dict = getDictionary(locale);
  return (
    <p
      data-pagefind-ignore=""
      className="measure mx-auto mt-5 rounded-sm border-l-4 border-mark-ink bg-mark-bg px-4 py-3 text-left text-sm leading-relaxed text-mark-ink"
    >
      {dict.translationBehindNote}{' '}
      <a
        href={originalHref}
        hrefLang={htmlLang[originalLocale]}
        className="font-medium whitespace-nowrap underline underline-offset-4 hover:no-underline"
      >
        {dict.readOriginal}
      </a>
    </p>
  );
}
