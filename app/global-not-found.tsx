import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { DocumentFrame } from '@/components/document-frame';
import { SiteHeader } from '@/components/site-header';
import { getFrontPage, getSectionLinks } from '@/lib/content/queries';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { defaultLocale, isLocale, locales, type Locale } from '@/lib/i18n';
import { localeHeader } from '@/lib/locale-header';
import { frontPagePath } from '@/lib/routes';
import './globals.css';

export const metadata: Metadata = {
  robots: { index: false },
};

/**
 * The 404 page for every unknown address. Next renders it outside the
 * layouts, so it has no route params: the proxy tells it the language the
 * address asked for (its first path segment), and an unknown one gets Chinese.
 */
export default async function GlobalNotFound() {
  const requested = (await headers()).get(localeHeader) ?? '';
  const locale: Locale = isLocale(requested) ? requested : defaultLocale;
  const dict = getDictionary(locale);
  const [article, sections] = await Promise.all([getFrontPage(locale), getSectionLinks(locale)]);
  const alternates = Object.fromEntries(locales.map((other) => [other, frontPagePath(other)]));

  return (
    <DocumentFrame locale={locale} article={article}>
      <title>{`${dict.notFoundTitle} | ${dict.siteName}`}</title>
      <SiteHeader locale={locale} sections={sections} current={{ kind: 'other' }} alternates={alternates} />
      <main id="main" tabIndex={-1} className="measure mx-auto w-full px-4 pt-16 pb-20">
        <p className="font-mono text-sm text-accent">404</p>
        <h1 className="font-headline mt-2 text-3xl font-bold text-ink sm:text-4xl">{dict.notFoundTitle}</h1>
        <p className="mt-4 text-lg leading-relaxed text-ink-muted">{dict.notFoundBody}</p>
        <p className="mt-8">
          <a href={frontPagePath(locale)} className="font-medium text-accent underline underline-offset-4">
            {dict.backToFront}
          </a>
        </p>
      </main>
    </DocumentFrame>
  );
}
