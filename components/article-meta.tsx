import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n';

interface ArticleMetaProps {
  locale: Locale;
  author: string;
  date: string;
  /** Minutes to read the page, when it says so. */
  readingMinutes?: number;
}

/** Byline, publication date and, where given, the page's reading time. */
export function ArticleMeta({ locale, author, date, readingMinutes }: ArticleMetaProps) {
  const dict = getDictionary(locale);
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted" data-pagefind-ignore="">
      <span className="font-medium text-ink">{dict.byline(author)}</span>
      <span aria-hidden="true">·</span>
      <span>
        <span className="sr-only">{dict.published} </span>
        <time dateTime={date}>{formatDate(date, locale)}</time>
      </span>
      {readingMinutes ? (
        <>
          <span aria-hidden="true">·</span>
          <span>{dict.readingTime(readingMinutes)}</span>
        </>
      ) : null}
    </p>
  );
}
