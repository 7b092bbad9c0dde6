import type { ReactNode } from 'react';
import { ArticleMeta } from '@/components/article-meta';
import { BilingualBody } from '@/components/bilingual-body';
import { Standfirst } from '@/components/standfirst';
import type { BlockPair } from '@/lib/content/bilingual';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { pairedLocale } from '@/lib/content/bilingual';
import { HeadlineParts } from '@/components/headline';
import { htmlLang, type Locale } from '@/lib/i18n';
import type { Phraser } from '@/lib/typesetting/phraser';

interface BilingualArticleProps {
  /** The page's language: it leads every pair and speaks the chrome. */
  locale: Locale;
  /** Above the title, such as "Part 2 of 4". */
  kicker?: string;
  /** The title in the page's locale and in its pair's. */
  titles: Partial<Record<Locale, string>>;
  /** The front page's lead, in both languages. */
  leads?: Partial<Record<Locale, string>>;
  /** A section's standfirst (its summary), in both languages, under the title. */
  standfirsts?: Partial<Record<Locale, string>>;
  author: string;
  date: string;
  /** The same page in one language, by locale. */
  singlePages: Partial<Record<Locale, string>>;
  pairs: BlockPair[];
  phrase: Phraser;
  /** After the body: the pager, or the list of sections. */
  children?: ReactNode;
}

/**
 * The side-by-side view of a page: title, lead and body in both languages,
 * pair by pair, with links back to the page in each language (which keep
 * the reader's place, like the switches in the header).
 */
export function BilingualArticle({
  locale,
  kicker,
  titles,
  leads,
  standfirsts,
  author,
  date,
  singlePages,
  pairs,
  phrase,
  children,
}: BilingualArticleProps) {
  const dict = getDictionary(locale);
  const order = [locale, pairedLocale(locale)] as const;
  // Each link and column label speaks the language it names.
  const readIn = (language: Locale) => getDictionary(language).switchLanguage;
  const column = (language: Locale) => getDictionary(language).columnLabel;
  return (
    <article className="mx-auto max-w-6xl">
      {/* Left-aligned with the columns below, not centred past them; the measure keeps the headline's lines short. */}
      <header className="mb-10 max-w-4xl">
        <p className="mb-3 text-sm font-medium tracking-wide text-accent">
          {dict.bilingual}
          {kicker ? ` · ${kicker}` : null}
        </p>
        <h1 className="text-balance text-ink">
          {order.map((language, i) => (
            <span
              key={language}
              lang={htmlLang[language]}
              className={
                i === 0
                  ? 'font-headline block text-2xl leading-snug font-bold sm:text-4xl sm:leading-tight'
                  : 'font-headline mt-3 block text-lg leading-snug font-semibold text-ink-muted sm:text-2xl'
              }
            >
              {i > 0 ? ' ' : null}
              <HeadlineParts locale={language} text={titles[language] ?? ''} phrase={phrase} />
            </span>
          ))}
        </h1>
        {standfirsts
          ? order.map((language, i) => (
              <Standfirst
                key={language}
                lang={htmlLang[language]}
                text={standfirsts[language] ?? ''}
                className={i === 0 ? 'mt-4' : 'mt-2 text-base sm:text-lg'}
              />
            ))
          : null}
        <div className="mt-5">
          <ArticleMeta locale={locale} author={author} date={date} />
        </div>
        <p className="mt-4 text-sm text-ink-muted">{dict.bilingualNote}</p>
        <nav aria-label={dict.bilingualBackLabel} className="mt-3">
          <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            {order.map((language) => (
              <li key={language}>
                <a
                  href={singlePages[language]}
                  hrefLang={htmlLang[language]}
                  lang={htmlLang[language]}
                  data-keep-place=""
                  className="inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-4"
                >
                  {readIn(language)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {/* The column labels head their columns: above the lead, so the first pair under them is the first thing read. */}
      <div aria-hidden="true" className="bilingual-text mb-4 hidden border-b border-rule pb-2 lg:grid">
        {order.map((language) => (
          <p key={language} lang={htmlLang[language]} className="text-xs font-semibold tracking-widest text-ink-muted">
            {column(language)}
          </p>
        ))}
      </div>
      {leads ? (
        <section aria-labelledby="lead-label" className="mb-8 border-y-2 border-accent py-5">
          <h2 id="lead-label" className="mb-3 text-sm font-bold tracking-widest text-accent">
            {dict.leadLabel}
          </h2>
          <div className="bilingual-text">
            {order.map((language) => (
              <p key={language} lang={htmlLang[language]} className="article-text text-ink">
                {leads[language]}
              </p>
            ))}
          </div>
        </section>
      ) : null}

      <BilingualBody pairs={pairs} lead={locale} dict={dict} />
      {children}
    </article>
  );
}
