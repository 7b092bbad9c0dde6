import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BilingualArticle } from '@/components/bilingual-article';
import { SectionList } from '@/components/section-list';
import { SiteHeader } from '@/components/site-header';
import { getBilingualAlternates, getBilingualFrontPage, getBilingualParams } from '@/lib/content/bilingual';
import { getSectionLinks } from '@/lib/content/queries';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { isLocale } from '@/lib/i18n';
import { bilingualPath, frontPagePath } from '@/lib/routes';

/** Its own canonical, and kept out of search results: it repeats the two front pages. */
export async function generateMetadata({ params }: PageProps<'/[locale]/bilingual'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const page = (await getBilingualFrontPage())[locale];
  const dict = getDictionary(locale);
  return {
    title: `${dict.bilingualTitle(page.title)} | ${dict.siteName}`,
    description: page.summary,
    alternates: { canonical: bilingualPath(locale, null) },
    robots: { index: false, follow: true },
  };
}

export default async function BilingualFrontPage({ params }: PageProps<'/[locale]/bilingual'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [page, sections, alternates, bilingualSections] = await Promise.all([
    getBilingualFrontPage(),
    getSectionLinks(locale),
    getBilingualAlternates(null),
    getBilingualParams(),
  ]);
  const dict = getDictionary(locale);
  // Sections written in both languages are listed by their bilingual view; the others by the page that exists.
  const listed = sections.map((link) =>
    bilingualSections.some((view) => view.slug === link.slug && view.locale === locale)
      ? { ...link, href: bilingualPath(locale, link.slug) }
      : link,
  );

  return (
    <>
      <SiteHeader
        locale={locale}
        sections={sections}
        current={{ kind: 'front-page' }}
        alternates={alternates ?? {}}
        bilingual={{ href: frontPagePath(locale), on: true }}
      />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 pt-8 pb-20 sm:pt-12">
        <BilingualArticle
          locale={locale}
          titles={{ zh: page.zh.title, en: page.en.title }}
          leads={{ zh: page.zh.lead, en: page.en.lead }}
          author={page[locale].author}
          date={page[locale].date}
          singlePages={{ zh: frontPagePath('zh'), en: frontPagePath('en') }}
          pairs={page.pairs}
        />
        <SectionList locale={locale} heading={dict.sectionsHeading} sections={listed} />
      </main>
    </>
  );
}
