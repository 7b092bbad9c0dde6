import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { HeadlineParts } from '@/components/headline';
import { htmlLang, type Locale } from '@/lib/i18n';
import type { Phraser } from '@/lib/typesetting/phraser';

interface PagerLink {
  href: string;
  title: string;
  /** The language of the page linked to. */
  locale: Locale;
}

interface SectionPagerProps {
  locale: Locale;
  previous: PagerLink | null;
  next: PagerLink | null;
  phrase: Phraser;
}

/** Links to the sections before and after this one, so the feature reads on like a printed page. */
export function SectionPager({ locale, previous, next, phrase }: SectionPagerProps) {
  const dict = getDictionary(locale);
  const linkClass =
    'group flex min-h-11 flex-col gap-1 rounded-sm border border-rule p-4 hover:border-accent focus-visible:border-accent';
  const titleFor = (link: PagerLink) => (
    <span
      lang={link.locale === locale ? undefined : htmlLang[link.locale]}
      className="font-headline text-base leading-snug font-semibold text-balance text-ink group-hover:text-accent"
    >
      <HeadlineParts text={link.title} locale={link.locale} phrase={phrase} />
    </span>
  );
  return (
    <nav aria-label={dict.pagerLabel} className="mt-14 grid gap-4 sm:grid-cols-2" data-pagefind-ignore="">
      {previous ? (
        <a href={previous.href} rel="prev" className={linkClass}>
          <span className="text-sm text-ink-muted">← {dict.previousSection}</span>
          {titleFor(previous)}
        </a>
      ) : null}
      {next ? (
        <a href={next.href} rel="next" className={`${linkClass} sm:col-start-2 sm:text-right`}>
          <span className="text-sm text-ink-muted">{dict.nextSection} →</span>
          {titleFor(next)}
        </a>
      ) : null}
    </nav>
  );
}
