import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { ArticleMeta } from '@/components/article-meta';
import { DraftBanner } from '@/components/draft-banner';
import { FullArticleLink } from '@/components/full-article-link';
import { Headline } from '@/components/headline';
import { JsonLd } from '@/components/json-ld';
import { PageShell } from '@/components/page-shell';
import { SectionPager } from '@/components/section-pager';
import { Standfirst } from '@/components/standfirst';
import { TranslationNotice } from '@/components/translation-notice';
import { getSectionParams } from '@/lib/content/queries';
import { isLocale } from '@/lib/i18n';
import { frontPagePath, sectionPath } from '@/lib/routes';
import { buildJsonLd } from '@/lib/seo/json-ld';
import { buildMetadata } from '@/lib/seo/metadata';
import { getSectionView } from '@/lib/views';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSectionParams();
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const view = await getSectionView(locale, slug);
  return view?.seo ? buildMetadata(view.seo) : {};
}

export default async function SectionPage({ params }: PageProps<'/[locale]/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const view = await getSectionView(locale, slug);
  if (!view) notFound();
  const {
    section,
    article,
    sections,
    alternates,
    dict,
    position,
    previous,
    next,
    bilingualHref,
    seo,
    original,
    phrase,
    readingMinutes,
    full,
  } = view;

  return (
    <>
      {seo ? <JsonLd nodes={buildJsonLd(seo)} /> : null}
      <PageShell
        print={{ path: sectionPath(locale, slug), date: article.date }}
        locale={locale}
        sections={sections}
        current={{ kind: 'section', slug }}
        alternates={alternates}
        bilingual={bilingualHref ? { href: bilingualHref, on: false } : undefined}
      >
        {/* Only the article is searched (Pagefind): not the header, nav, pager or footer. */}
        <article className="measure mx-auto" data-pagefind-body="">
          <header className="mb-8">
            <DraftBanner locale={locale} draft={section.draft} />
            <p className="mb-3 text-sm font-medium tracking-wide text-accent" data-pagefind-ignore="">
              {dict.partOf(position, sections.length)}
            </p>
            <Headline
              locale={locale}
              text={section.title}
              phrase={phrase}
              className="text-2xl leading-snug font-bold sm:text-4xl sm:leading-tight"
            />
            <Standfirst text={section.summary} className="mt-4" />
            <div className="mt-5">
              <ArticleMeta
                locale={locale}
                author={article.author}
                date={article.date}
                readingMinutes={readingMinutes}
              />
              <FullArticleLink locale={locale} full={full} className="mt-2" />
            </div>
            {original ? (
              <TranslationNotice
                locale={locale}
                stale={section.translationIsStale}
                changes={section.originalChanges}
                blocks={section.blocks}
                originalHref={original.href}
                originalLocale={original.locale}
              />
            ) : null}
          </header>
          <ArticleBody blocks={section.blocks} dict={dict} />
          <SectionPager
            locale={locale}
            phrase={phrase}
            previous={previous ?? { href: frontPagePath(locale), title: article.title, locale }}
            next={next}
          />
        </article>
      </PageShell>
    </>
  );
}
