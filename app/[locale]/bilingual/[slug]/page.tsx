import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BilingualArticle } from '@/components/bilingual-article';
import { PageShell } from '@/components/page-shell';
import { SectionPager } from '@/components/section-pager';
import { getBilingualParams, pairedLocale } from '@/lib/content/bilingual';
import { isLocale } from '@/lib/i18n';
import { bilingualPath, sectionPath } from '@/lib/routes';
import { getBilingualSectionView } from '@/lib/views';

export const dynamicParams = false;

export function generateStaticParams() {
  return getBilingualParams();
}

/** Its own canonical, and kept out of search results: it repeats the single-language pages. */
export async function generateMetadata({ params }: PageProps<'/[locale]/bilingual/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const view = await getBilingualSectionView(locale, slug);
  if (!view) return {};
  return {
    title: `${view.dict.bilingualTitle(view.page.lead.title)} | ${view.dict.siteName}`,
    description: view.page.lead.summary,
    alternates: { canonical: bilingualPath(locale, slug) },
    robots: { index: false, follow: true },
  };
}

export default async function BilingualSectionPage({ params }: PageProps<'/[locale]/bilingual/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const view = await getBilingualSectionView(locale, slug);
  if (!view) notFound();
  const { page, article, sections, alternates, dict, position, previous, next, phrase } = view;
  const twin = pairedLocale(locale);

  return (
    <PageShell
      print={{ path: bilingualPath(locale, slug), date: article.date }}
      locale={locale}
      sections={sections}
      current={{ kind: 'section', slug }}
      alternates={alternates}
      bilingual={{ href: sectionPath(locale, slug), on: true }}
    >
      <BilingualArticle
        locale={locale}
        kicker={dict.partOf(position, sections.length)}
        titles={{ [locale]: page.lead.title, [twin]: page.twin.title }}
        standfirsts={{ [locale]: page.lead.summary, [twin]: page.twin.summary }}
        author={article.author}
        date={article.date}
        singlePages={{ [locale]: sectionPath(locale, slug), [twin]: sectionPath(twin, slug) }}
        pairs={page.pairs}
        phrase={phrase}
      >
        <div className="max-w-4xl">
          <SectionPager
            locale={locale}
            phrase={phrase}
            previous={previous ?? { href: bilingualPath(locale, null), title: article.title, locale }}
            next={next}
          />
        </div>
      </BilingualArticle>
    </PageShell>
  );
}
