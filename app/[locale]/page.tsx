import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { ArticleMeta } from '@/components/article-meta';
import { Figure } from '@/components/figure';
import { Headline } from '@/components/headline';
import { Lead } from '@/components/lead';
import { JsonLd } from '@/components/json-ld';
import { KeyFigures } from '@/components/key-figures';
import { PageShell } from '@/components/page-shell';
import { PhrasedText } from '@/components/phrased-text';
import { SectionList } from '@/components/section-list';
import { TranslationNotice } from '@/components/translation-notice';
import { isLocale, profileOf } from '@/lib/i18n';
import { buildJsonLd } from '@/lib/seo/json-ld';
import { buildMetadata } from '@/lib/seo/metadata';
import { frontPagePath } from '@/lib/routes';
import { getFrontPageView } from '@/lib/views';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const { seo } = await getFrontPageView(locale);
  return seo ? buildMetadata(seo) : {};
}

export default async function FrontPage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { page, sections, alternates, dict, atAGlance, bilingualHref, seo, original, phrase, readingMinutes, full } =
    await getFrontPageView(locale);
  const [first, ...rest] = page.blocks;
  const hero = first?.kind === 'figure' ? first : null;
  const body = hero ? rest : page.blocks;

  return (
    <>
      {seo ? <JsonLd nodes={buildJsonLd(seo)} /> : null}
      <PageShell
        print={{ path: frontPagePath(locale), date: page.date }}
        locale={locale}
        sections={sections}
        current={{ kind: 'front-page' }}
        alternates={alternates}
        bilingual={bilingualHref ? { href: bilingualHref, on: false } : undefined}
      >
        {/* Only the article is searched (Pagefind): not the header, the lists or the chart. */}
        <article data-pagefind-body="">
          <header className="mx-auto max-w-4xl text-center">
            {page.kicker.length > 0 ? (
              <p className="kicker mb-5 flex flex-wrap justify-center gap-x-5 gap-y-1.5 text-sm font-medium text-accent sm:text-base">
                {page.kicker.map((line, index) => (
                  <span
                    key={index}
                    className="before:mr-2 before:inline-block before:size-1.5 before:bg-accent before:align-middle before:content-['']"
                  >
                    <PhrasedText text={line} locale={locale} phrase={phrase} />{' '}
                  </span>
                ))}
              </p>
            ) : null}
            <Headline
              locale={locale}
              text={page.title}
              phrase={phrase}
              className={profileOf(locale).typography.frontHeadlineClass}
            />
            <div className="mt-6 flex justify-center">
              <ArticleMeta locale={locale} author={page.author} date={page.date} readingMinutes={readingMinutes} />
            </div>
            {original ? (
              <TranslationNotice
                locale={locale}
                stale={page.translationIsStale}
                changes={page.originalChanges}
                blocks={page.blocks}
                originalHref={original.href}
                originalLocale={original.locale}
              />
            ) : null}
          </header>

          {hero ? (
            <div className="mx-auto mt-8 max-w-5xl">
              <Figure id={hero.id} figure={hero.figure} hero placeholderMark={dict.placeholderMark} />
            </div>
          ) : null}

          <div className="measure mx-auto">
            <Lead label={dict.leadLabel} text={page.lead} />
            <ArticleBody blocks={body} dict={dict} />
          </div>
        </article>

        <KeyFigures locale={locale} data={atAGlance} phrase={phrase} />
        <SectionList locale={locale} heading={dict.sectionsHeading} sections={sections} phrase={phrase} full={full} />
      </PageShell>
    </>
  );
}
