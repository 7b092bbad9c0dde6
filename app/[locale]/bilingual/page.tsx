import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BilingualArticle } from '@/components/bilingual-article';
import { KeyFigures } from '@/components/key-figures';
import { PageShell } from '@/components/page-shell';
import { SectionList } from '@/components/section-list';
import { pairedLocale } from '@/lib/content/bilingual';
import { isLocale } from '@/lib/i18n';
import { bilingualPath, frontPagePath } from '@/lib/routes';
import { getBilingualFrontView } from '@/lib/views';

/** Its own canonical, and kept out of search results: it repeats the single-language front pages. */
export async function generateMetadata({ params }: PageProps<'/[locale]/bilingual'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const { page, dict } = await getBilingualFrontView(locale);
  return {
    title: `${dict.bilingualTitle(page.lead.title)} | ${dict.siteName}`,
    description: page.lead.summary,
    alternates: { canonical: bilingualPath(locale, null) },
    robots: { index: false, follow: true },
  };
}

export default async function BilingualFrontPage({ params }: PageProps<'/[locale]/bilingual'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { page, sections, alternates, dict, listed, atAGlance, phrase } = await getBilingualFrontView(locale);
  const twin = pairedLocale(locale);

  return (
    <PageShell
      print={{ path: bilingualPath(locale, null), date: page.lead.date }}
      locale={locale}
      sections={sections}
      current={{ kind: 'front-page' }}
      alternates={alternates}
      bilingual={{ href: frontPagePath(locale), on: true }}
    >
      <BilingualArticle
        locale={locale}
        titles={{ [locale]: page.lead.title, [twin]: page.twin.title }}
        leads={{ [locale]: page.lead.lead, [twin]: page.twin.lead }}
        author={page.lead.author}
        date={page.lead.date}
        singlePages={{ [locale]: frontPagePath(locale), [twin]: frontPagePath(twin) }}
        pairs={page.pairs}
        phrase={phrase}
      />
      <KeyFigures locale={locale} data={atAGlance} phrase={phrase} wide />
      <SectionList locale={locale} heading={dict.sectionsHeading} sections={listed} phrase={phrase} wide />
    </PageShell>
  );
}
