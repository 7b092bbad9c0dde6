import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { ArticleMeta } from '@/components/article-meta';
import { Figure } from '@/components/figure';
import { Headline } from '@/components/headline';
import { JsonLd } from '@/components/json-ld';
import { KeyFigures } from '@/components/key-figures';
import { PageShell } from '@/components/page-shell';
import { SectionList } from '@/components/section-list';
import { TranslationNotice } from '@/components/translation-notice';
import { isLocale, profileOf } from '@/lib/i18n';
import { buildJsonLd } from '@/lib/seo/json-ld';
import { buildMetadata } from '@/lib/seo/metadata';
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
  const { page, sections, alternates, dict, atAGlance, bilingualHref, seo, original } = await getFrontPageView(locale);
  const [first, ...rest] = page.blocks;
  const hero = first?.kind === 'figure' ? first : null;
  const body = hero ? rest : page.blocks;

  return (
    <>
      {seo ? <JsonLd nodes={buildJsonLd(seo)} /> : null}
      <PageShell
        locale={locale}
        sections={sections}
        current={{ kind: 'front-page' }}
        alternates={alternates}
        bilingual={bilingualHref ? { href: bilingualHref, on: false } : undefined}
      >
        <article>
          <header className="mx-auto max-w-4xl text-center">
            {page.kicker.length > 0 ? (
              <p className="mb-5 flex flex-wrap justify-center gap-x-5 gap-y-1.5 text-sm font-medium text-accent sm:text-base">
                {page.kicker.map((line, index) => (
                  <span
                    key={index}
                    className="before:mr-2 before:inline-block before:size-1.5 before:bg-accent before:align-middle before:content-['']"
                  >
                    {line}{' '}
                  </span>
                ))}
              </p>
            ) : null}
            <Headline locale={locale} text={page.title} className={profileOf(locale).typography.frontHeadlineClass} />
            <div className="mt-6 flex justify-center">
              <ArticleMeta locale={locale} author={page.author} date={page.date} />
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
            <section aria-labelledby="lead-label" className="my-8 border-y-2 border-accent py-5">
              <h2 id="lead-label" className="mb-2 text-sm font-bold tracking-widest text-accent">
                {dict.leadLabel}
              </h2>
              <p className="article-text text-ink">{page.lead}</p>
            </section>
            <ArticleBody blocks={body} dict={dict} />
          </div>
        </article>

        <KeyFigures locale={locale} data={atAGlance} />
        <SectionList locale={locale} heading={dict.sectionsHeading} sections={sections} />
      </PageShell>
    </>
  );
}
