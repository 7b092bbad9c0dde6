import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import type { Locale } from '@/lib/i18n';
import type { FullArticleLink as FullArticleLinkData } from '@/lib/views';

interface FullArticleLinkProps {
  locale: Locale;
  full: FullArticleLinkData;
  className?: string;
}

/** The way to the whole article on one page, with how long all of it takes to read. */
export function FullArticleLink({ locale, full, className = '' }: FullArticleLinkProps) {
  const dict = getDictionary(locale);
  return (
    <p className={`text-sm text-ink-muted ${className}`} data-pagefind-ignore="" data-print-hide="">
      <a href={full.href} className="font-medium text-accent underline underline-offset-4">
        {dict.readFullArticle}
      </a>
      <span aria-hidden="true"> · </span>
      <span>{dict.wholeArticleTime(full.readingMinutes)}</span>
    </p>
  );
}
