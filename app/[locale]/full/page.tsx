import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody, termIdPrefix } from '@/components/article-body';
import { ArticleMeta } from '@/components/article-meta';
import { Figure } from '@/components/figure';
import { GlossaryList } from '@/components/glossary-list';
import { Headline, HeadlineParts } from '@/components/headline';
import { Lead } from '@/components/lead';
import { JsonLd } from '@/components/json-ld';
import { KeyFigures } from '@/components/key-figures';
import { PageShell } from '@/components/page-shell';
import { Standfirst } from '@/components/standfirst';
import { TranslationNotice } from '@/components/translation-notice';
import { glossaryMarksOf } from '@/lib/content/glossary-terms';
import { htmlLang, isLocale, profileOf } from '@/lib/i18n';
import { buildJsonLd } from '@/lib/seo/json-ld';
import { buildMetadata } from '@/lib/seo/metadata';
import { fullArticlePath } from '@/lib/routes';
import { getFullArticleView } from '@/lib/views';

export async function generateMetadata({ params }: PageProps<'/[locale]/full'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return buildMetadata((await getFullArticleView(locale)).seo);
}

/**
 * The whole article on one page, the print view of choice: headline, lead
 * and the front page's body, the contents, every section in order under its
 * heading, then the key figures. Not searched: every paragraph is found on
 * its own page, where the result links.
 */
export default async function FullArticlePage({ params }: PageProps<'/[locale]/full'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { article, sections, alternates, dict, atAGlance, seo, original, phrase } = await getFullArticleView(locale);
  const { front } = article;
  const [first, ...rest] = front.blocks;
  const hero = first?.kind === 'figure' ? first : null;
  const colon = profileOf(locale).typography.colon;

  return (
    <>
      <JsonLd nodes={buildJsonLd(seo)} />
      <PageShell
        print={{ path: fullArticlePath(locale), date: front.date }}
        locale={locale}
        sections={sections}
        current={{ kind: 'full-article' }}
        alternates={alternates}
      >
        <article className="measure mx-auto">
          <header className="mb-8">
            <p className="mb-3 text-sm font-medium tracking-wide text-accent">{dict.fullArticle}</p>
            <Headline
              locale={locale}
              text={front.title}
              phrase={phrase}
              className="text-2xl leading-snug font-bold sm:text-4xl sm:leading-tight"
            />
            <div className="mt-5">
              <ArticleMeta
                locale={locale}
                author={front.author}
                date={front.date}
                readingMinutes={article.readingMinutes}
              />
            </div>
            {original ? (
              <TranslationNotice
                locale={locale}
                stale={front.translationIsStale || article.sections.some(({ section }) => section.translationIsStale)}
                originalHref={original.href}
                originalLocale={original.locale}
              />
            ) : null}
          </header>

          {hero ? <Figure id={hero.id} figure={hero.figure} hero placeholderMark={dict.placeholderMark} /> : null}
          <Lead label={dict.leadLabel} text={front.lead} />
          <ArticleBody blocks={hero ? rest : front.blocks} dict={dict} withGlossary={false} />

          <nav aria-labelledby="contents-heading" className="my-10 border-y border-rule py-5 print:hidden">
            <h2 id="contents-heading" className="mb-3 text-sm font-bold tracking-widest text-accent">
              {dict.fullArticleContents}
            </h2>
            <ol className="space-y-2">
              {article.sections.map(({ section, anchor, readingMinutes }, index) => (
                <li key={anchor} className="flex gap-3">
                  <span aria-hidden="true" className="font-mono text-sm text-accent tabular-nums">
                    {String(index + 1).padStart(2, '0')}
                  </span>
                  <span>
                    <a
                      href={`#${anchor}`}
                      lang={section.locale === locale ? undefined : htmlLang[section.locale]}
                      className="font-medium text-ink underline-offset-4 hover:text-accent hover:underline"
                    >
                      {section.title}
                    </a>
                    <span className="text-sm text-ink-muted">
                      {colon}
                      {dict.readingTime(readingMinutes)}
                    </span>
                  </span>
                </li>
              ))}
            </ol>
          </nav>

          {article.sections.map(({ section, anchor, readingMinutes }, index) => (
            <section
              key={anchor}
              aria-labelledby={anchor}
              lang={section.locale === locale ? undefined : htmlLang[section.locale]}
              className="mt-14 border-t-2 border-ink pt-6"
            >
              <p className="mb-2 text-sm font-medium tracking-wide text-accent">
                {dict.partOf(index + 1, article.sections.length)}
                <span aria-hidden="true"> · </span>
                {dict.readingTime(readingMinutes)}
              </p>
              <h2 id={anchor} className="font-headline text-2xl leading-snug font-bold text-balance sm:text-3xl">
                <HeadlineParts locale={section.locale} text={section.title} phrase={phrase} />
              </h2>
              <Standfirst text={section.summary} className="mt-3 mb-6" />
              <ArticleBody blocks={section.blocks} dict={dict} withGlossary={false} />
            </section>
          ))}
          {/* One list for the whole page: each term is marked once, at its first use in the article. */}
          <GlossaryList
            marks={glossaryMarksOf([...front.blocks, ...article.sections.flatMap(({ section }) => section.blocks)])}
            idPrefix={termIdPrefix}
            dict={dict}
          />
        </article>

        <KeyFigures locale={locale} data={atAGlance} phrase={phrase} />
      </PageShell>
    </>
  );
}
