import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { htmlLang, type Locale } from '@/lib/i18n';
import type { SectionLink } from '@/lib/content/queries';
import type { Phraser } from '@/lib/typesetting/phraser';
import { HeadlineParts } from '@/components/headline';
import { FullArticleLink } from '@/components/full-article-link';
import type { FullArticleLink as FullArticleLinkData } from '@/lib/views';

interface SectionListProps {
  locale: Locale;
  heading: string;
  sections: SectionLink[];
  phrase: Phraser;
  /** The whole article on one page, offered above the list. */
  full?: FullArticleLinkData;
  /** As wide as the side-by-side columns above it, not the single-language measure. */
  wide?: boolean;
}

/** The front page's table of contents: every section in order, with its summary and reading time. */
export function SectionList({ locale, heading, sections, phrase, full, wide = false }: SectionListProps) {
  const dict = getDictionary(locale);
  return (
    <section aria-labelledby="sections-heading" className={`mx-auto mt-16 ${wide ? 'max-w-6xl' : 'max-w-5xl'}`}>
      <h2 id="sections-heading" className="font-headline mb-6 border-b-2 border-ink pb-2 text-2xl font-bold text-ink">
        {heading}
      </h2>
      {full ? <FullArticleLink locale={locale} full={full} className="-mt-2 mb-6" /> : null}
      <ol className="grid gap-x-10 gap-y-8 sm:grid-cols-2">
        {sections.map((section, index) => {
          const foreign = section.locale !== locale;
          const lang = foreign ? htmlLang[section.locale] : undefined;
          return (
            <li key={section.slug} className="flex gap-4">
              <span
                aria-hidden="true"
                className="font-headline text-3xl leading-none font-bold text-accent tabular-nums"
              >
                {String(index + 1).padStart(2, '0')}
              </span>
              <div>
                <h3 className="font-headline text-xl leading-snug font-bold text-balance">
                  <a
                    href={section.href}
                    hrefLang={lang}
                    lang={lang}
                    className="text-ink hover:text-accent hover:underline"
                  >
                    <HeadlineParts text={section.title} locale={section.locale} phrase={phrase} />
                  </a>
                </h3>
                {foreign ? (
                  <p className="mt-1 text-xs text-mark-ink">
                    <span className="rounded-sm bg-mark-bg px-1">{dict.untranslatedNote}</span>
                  </p>
                ) : null}
                <p lang={lang} className="mt-2 leading-relaxed text-ink-muted">
                  {section.summary}
                </p>
                <p className="mt-1 text-sm text-ink-muted">{dict.readingTime(section.readingMinutes)}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
