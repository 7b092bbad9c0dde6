import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { ContentProblems } from '@/components/content-problems';
import { DocumentFrame } from '@/components/document-frame';
import { getContentProblems } from '@/lib/content/load';
import { getFrontPage } from '@/lib/content/queries';
import { watchContentInDevelopment } from '@/lib/content/watch-content';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { isLocale, locales } from '@/lib/i18n';
import { clientScriptPath } from '@/lib/publication/client-script';
import { siteConfig } from '@/lib/site';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#131312' },
  ],
};

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return {
    metadataBase: new URL(siteConfig.url),
    applicationName: getDictionary(locale).siteName,
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  watchContentInDevelopment();
  // In `npm run dev` only: while a saved file has errors, the editor's messages stand in for the page.
  const problems = await getContentProblems();
  // One tree either way, so that the page coming back keeps the document and its script.
  return (
    <DocumentFrame locale={locale} article={problems.length > 0 ? undefined : await getFrontPage(locale)}>
      {problems.length > 0 ? <ContentProblems messages={problems} /> : children}
      {/* The reader's only script (lib/client/site.ts): keeping their place, glossary notes on hover. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred: it never blocks parsing */}
      <script type="module" src={clientScriptPath} />
    </DocumentFrame>
  );
}
