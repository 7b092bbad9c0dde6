import type { ReactNode } from 'react';
import { PrintNote, type PrintNoteProps } from '@/components/print-note';
import { SiteHeader, type SiteHeaderProps } from '@/components/site-header';

const mainClass = {
  /** The feature's pages: the article and its lists. */
  article: 'mx-auto w-full max-w-6xl px-4 pt-8 pb-20 sm:pt-12',
  /** A short page of one column, such as the 404. */
  notice: 'measure mx-auto w-full px-4 pt-16 pb-20',
} as const;

interface PageShellProps extends SiteHeaderProps {
  width?: keyof typeof mainClass;
  /** The page's address and date, printed at its end (and never shown on screen). */
  print?: Omit<PrintNoteProps, 'locale'>;
  children: ReactNode;
}

/**
 * The frame every page shares inside the document: the header (site name,
 * switches, sections) and the `<main>` the skip link jumps to, focusable so
 * the jump moves keyboard focus too.
 */
export function PageShell({ width = 'article', print, children, ...header }: PageShellProps) {
  return (
    <>
      <SiteHeader {...header} />
      <main id="main" tabIndex={-1} className={mainClass[width]}>
        {children}
        {print ? <PrintNote locale={header.locale} {...print} /> : null}
      </main>
    </>
  );
}
