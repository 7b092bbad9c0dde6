import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { ArticleMeta } from '@/components/article-meta';
import { DraftBanner } from '@/components/draft-banner';
import { Headline } from '@/components/headline';
import { JsonLd } from '@/components/json-ld';
import { SectionPager } from '@/components/section-pager';
import { SiteHeader } from '@/components/site-header';
import { Standfirst } from '@/components/standfirst';
import { TranslationNotice } from '@/components/translation-notice';
import {
  getAlternates,
  getFrontPage,
  getNeighbours,
  getSection,
  getSectionLinks,
  getSectionParams,
} from '@/lib/content/queries';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { getBilingualAlternates } from '@/lib/content/bilingual';
import { isLocale } from '@/lib/i18n';
import { frontPagePath } from '@/lib/routes';
import { buildJsonLd } from '@/lib/seo/json-ld';
import { buildMetadata } from '@/lib/seo/metadata';
import { getPageSeo } from '@/lib/seo/page-seo';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSectionParams();
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const seo = await getPageSeo(locale, slug);
  return seo ? buildMetadata(seo) : {};
}

export default async function SectionPage({ params }: PageProps<'/[locale]/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const section = await getSection(locale, slug);
  if (!section) notFound();
  const [article, sections, alternates, { previous, next }] = await Promise.all([
    getFrontPage(locale),
    getSectionLinks(locale),
    getAlternates(slug),
    getNeighbours(locale, slug),
  ]);
  const dict = getDictionary(locale);
  const bilingual = await getBilingualAlternates(slug);
  const seo = await getPageSeo(locale, slug);
  const position = sections.findIndex((link) => link.slug === slug) + 1;

  return (
    <>
      {seo ? <JsonLd nodes={buildJsonLd(seo)} /> : null}
      <SiteHeader
        locale={locale}
        sections={sections}
        current={{ kind: 'section', slug }}
        alternates={alternates}
        bilingual={bilingual ? { href: bilingual[locale], on: false } : undefined}
      />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 pt-8 pb-20 sm:pt-12">
        <article className="measure mx-auto">
          <header className="mb-8">
            <DraftBanner locale={locale} draft={section.draft} />
            <p className="mb-3 text-sm font-medium tracking-wide text-accent">
              {dict.partOf(position, sections.length)}
            </p>
            <Headline
              locale={locale}
              text={section.title}
              className="text-2xl leading-snug font-bold sm:text-4xl sm:leading-tight"
            />
            <Standfirst text={section.summary} className="mt-4" />
            <div className="mt-5">
              <ArticleMeta locale={locale} author={article.author} date={article.date} />
            </div>
            <TranslationNotice
              locale={locale}
              stale={section.translationIsStale}
              originalHref={alternates.zh}
              originalLocale="zh"
            />
          </header>
          <ArticleBody blocks={section.blocks} dict={dict} />
          <SectionPager
            locale={locale}
            previous={previous ?? { href: frontPagePath(locale), title: article.title, locale }}
            next={next}
          />
        </article>
      </main>
    </>
  );
}
