import type { Metadata } from 'next';
import { ContentProblems } from '@/components/content-problems';
import { DocumentFrame } from '@/components/document-frame';
import { NotFoundPage } from '@/components/not-found-page';
import { getContentProblems } from '@/lib/content/load';
import { getFrontPage } from '@/lib/content/queries';
import { watchContentInDevelopment } from '@/lib/content/watch-content';
import { defaultLocale } from '@/lib/i18n';
import './globals.css';

export const metadata: Metadata = {
  robots: { index: false },
};

/**
 * The 404 page for an address outside every language's prefix (`/xx/…`),
 * exported as `/404.html`: it speaks the original's language. Addresses under
 * a language's prefix get that language's own page (app/[locale]/404).
 */
export default async function GlobalNotFound() {
  watchContentInDevelopment();
  const problems = await getContentProblems();
  return (
    <DocumentFrame locale={defaultLocale} article={problems.length > 0 ? undefined : await getFrontPage(defaultLocale)}>
      {problems.length > 0 ? <ContentProblems messages={problems} /> : <NotFoundPage locale={defaultLocale} />}
    </DocumentFrame>
  );
}
