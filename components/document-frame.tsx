import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import type { FrontPage } from '@/lib/content/types';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { htmlLang, type Locale } from '@/lib/i18n';

interface DocumentFrameProps {
  locale: Locale;
  /** Whose article the footer credits; left out, no footer (the editor's page in `npm run dev`, which may have no content). */
  article?: Pick<FrontPage, 'author' | 'photoCredit' | 'showsPhotos' | 'source'>;
  children: ReactNode;
}

/**
 * The `<html>` and `<body>` every page shares: the language, the skip link
 * and the footer. Used by the locale layout and by the 404 page, which Next
 * renders outside any layout.
 */
export function DocumentFrame({ locale, article, children }: DocumentFrameProps) {
  const dict = getDictionary(locale);
  return (
    <html lang={htmlLang[locale]}>
      <body className="flex min-h-dvh flex-col bg-paper text-ink antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-sm bg-accent px-4 py-3 font-medium text-accent-ink focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          {dict.skipToContent}
        </a>
        {children}
        {article ? <SiteFooter locale={locale} article={article} /> : null}
      </body>
    </html>
  );
}
