import type { FrontPage } from '@/lib/content/types';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { profileOf, type Locale } from '@/lib/i18n';
import { frontPagePath } from '@/lib/routes';

interface SiteFooterProps {
  locale: Locale;
  article: Pick<FrontPage, 'author' | 'photoCredit' | 'showsPhotos' | 'source'>;
}

/**
 * Byline, the article's photo-credit note and its source, on every page. The
 * note speaks of photos, so it is shown only when the article shows one: a
 * drawn stand-in carries its own credit saying what it stands for.
 */
export function SiteFooter({ locale, article }: SiteFooterProps) {
  const dict = getDictionary(locale);
  return (
    <footer className="mt-auto border-t border-rule bg-paper-raised">
      <div className="mx-auto grid max-w-6xl gap-3 px-4 py-10 text-sm leading-relaxed text-ink-muted sm:grid-cols-[1fr_2fr] sm:gap-8">
        <p>
          <a href={frontPagePath(locale)} className="font-headline text-base font-bold text-ink">
            {dict.siteName}
          </a>
        </p>
        <div className="space-y-2">
          <p className="text-ink">{dict.byline(article.author)}</p>
          {article.showsPhotos ? <p>{article.photoCredit}</p> : null}
          <p>
            {dict.sourceLabel}
            {profileOf(locale).typography.colon}
            {article.source}
          </p>
        </div>
      </div>
    </footer>
  );
}
