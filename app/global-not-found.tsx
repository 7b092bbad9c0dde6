import type { Metadata } from 'next';
import { DocumentFrame } from '@/components/document-frame';
import { NotFoundPage } from '@/components/not-found-page';
import { getFrontPage } from '@/lib/content/queries';
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
  return (
    <DocumentFrame locale={defaultLocale} article={await getFrontPage(defaultLocale)}>
      <NotFoundPage locale={defaultLocale} />
    </DocumentFrame>
  );
}
