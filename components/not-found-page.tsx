import { SiteHeader } from '@/components/site-header';
import { getSectionLinks } from '@/lib/content/queries';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { locales, type Locale } from '@/lib/i18n';
import { frontPagePath } from '@/lib/routes';

/**
 * What an unknown address shows, in one language: the site header (so the
 * reader can go on from here), the message and a way back to the front page.
 * The servers answer with it, at status 404, for every unknown address under
 * the language's prefix (see lib/publication/).
 */
export async function NotFoundPage({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale);
  const sections = await getSectionLinks(locale);
  const alternates = Object.fromEntries(locales.map((other) => [other, frontPagePath(other)]));
  return (
    <>
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
    </>
  );
}
