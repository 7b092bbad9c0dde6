import type { Metadata } from 'next';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { htmlLang, locales } from '@/lib/i18n';
import { buildNegotiation, chooseFrontPage } from '@/lib/publication/manifest';
import { frontPagePath } from '@/lib/routes';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { siteConfig } from '@/lib/site';

const names = locales.map((locale) => getDictionary(locale).siteName);

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: [...new Set(names)].join(' · '),
  alternates: {
    canonical: absoluteUrl('/'),
    languages: {
      ...Object.fromEntries(locales.map((locale) => [htmlLang[locale], absoluteUrl(frontPagePath(locale))])),
      'x-default': absoluteUrl('/'),
    },
  },
};

/**
 * `/` as a static file, for a host that cannot negotiate (a CDN): it sends
 * the reader to the edition their browser's languages ask for, with the very
 * function the servers use, and offers every edition as a plain link to
 * readers without JavaScript and to crawlers. A server that can negotiate
 * answers `/` with a redirect instead and never shows this page.
 */
export default function ChooseLanguagePage() {
  const choose = `location.replace((${chooseFrontPage.toString()})(navigator.languages,${JSON.stringify(buildNegotiation())})+location.hash)`;
  return (
    <main className="text-center">
      {/* Runs before the links paint: the reader sees their edition, not this page. Its hash is in the CSP. */}
      <script id="choose-language" dangerouslySetInnerHTML={{ __html: choose }} />
      <h1 className="sr-only">{metadata.title as string}</h1>
      <ul className="space-y-4">
        {locales.map((locale) => (
          <li key={locale} lang={htmlLang[locale]}>
            <a
              href={frontPagePath(locale)}
              hrefLang={htmlLang[locale]}
              className="font-headline text-2xl font-bold text-ink underline-offset-4 hover:underline"
            >
              {getDictionary(locale).siteName}
            </a>
            <span className="ml-2 text-ink-muted">{getDictionary(locale).languageName}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
