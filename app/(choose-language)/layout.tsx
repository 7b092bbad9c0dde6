import type { ReactNode } from 'react';
import { defaultLocale, htmlLang } from '@/lib/i18n';
import '../globals.css';

/**
 * The root layout of `/` alone: a page in no one language, which offers
 * every edition. It is outside `app/[locale]/`, so it has its own `<html>`.
 */
export default function ChooseLanguageLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={htmlLang[defaultLocale]}>
      <body className="flex min-h-dvh flex-col items-center justify-center bg-paper px-4 text-ink antialiased">
        {children}
      </body>
    </html>
  );
}
