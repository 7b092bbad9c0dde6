import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NotFoundPage } from '@/components/not-found-page';
import { isLocale } from '@/lib/i18n';

export const metadata: Metadata = {
  robots: { index: false },
};

/**
 * The 404 page of one language, exported as `/<locale>/404.html`. A static
 * server has no request to read the language from, so each language has its
 * own, and every server answers unknown addresses under `/<locale>/` with it.
 */
export default async function LocaleNotFound({ params }: PageProps<'/[locale]/404'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <NotFoundPage locale={locale} />;
}
