import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BilingualArticle } from '@/components/bilingual-article';
import { SectionPager } from '@/components/section-pager';
import { SiteHeader } from '@/components/site-header';
import {
  getBilingualAlternates,
  getBilingualNeighbours,
  getBilingualParams,
  getBilingualSection,
} from '@/lib/content/bilingual';
import { getFrontPage, getSectionLinks } from '@/lib/content/queries';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { isLocale } from '@/lib/i18n';
import { bilingualPath, sectionPath } from '@/lib/routes';

export const dynamicParams = false;

export function generateStaticParams() {
  return getBilingualParams();
}

/** Its own canonical, and kept out of search results: it repeats the two single-language pages. */
export async function generateMetadata({ params }: PageProps<'/[locale]/bilingual/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const page = await getBilingualSection(slug);
  if (!page) return {};
  const dict = getDictionary(locale);
  return {
    title: `${dict.bilingualTitle(page[locale].title)} | ${dict.siteName}`,
    description: page[locale].summary,
    alternates: { canonical: bilingualPath(locale, slug) },
    robots: { index: false, follow: true },
  };
}

export default async function BilingualSectionPage({ params }: PageProps<'/[locale]/bilingual/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const page = await getBilingualSection(slug);
  if (!page) notFound();
  const [article, sections, alternates, { previous, next }] = await Promise.all([
    getFrontPage(locale),
    getSectionLinks(locale),
    getBilingualAlternates(slug),
    getBilingualNeighbours(locale, slug),
  ]);
  const dict = getDictionary(locale);
  const position = sections.findIndex((link) => link.slug === slug) + 1;

  return (
    <>
      <SiteHeader
        locale={locale}
        sections={sections}
        current={{ kind: 'section', slug }}
        alternates={alternates ?? {}}
        bilingual={{ href: sectionPath(locale, slug), on: true }}
      />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 pt-8 pb-20 sm:pt-12">
        <BilingualArticle
          locale={locale}
          kicker={dict.partOf(position, sections.length)}
          titles={{ zh: page.zh.title, en: page.en.title }}
          standfirsts={{ zh: page.zh.summary, en: page.en.summary }}
          author={article.author}
          date={article.date}
          singlePages={{ zh: sectionPath('zh', slug), en: sectionPath('en', slug) }}
          pairs={page.pairs}
        >
          <div className="mx-auto max-w-4xl">
            <SectionPager
              locale={locale}
              previous={previous ?? { href: bilingualPath(locale, null), title: article.title, locale }}
              next={next}
            />
          </div>
        </BilingualArticle>
      </main>
    </>
  );
}
