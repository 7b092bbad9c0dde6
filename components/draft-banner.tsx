import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import type { Locale } from '@/lib/i18n';

interface DraftBannerProps {
  locale: Locale;
  /** The page's `draft` field; nothing is shown when false. */
  draft: boolean;
}

/**
 * Tells an editor previewing a draft (`draft: true`) that readers cannot see
 * this page. Drafts are left out of the production build, so readers never
 * meet this banner.
 */
export function DraftBanner({ locale, draft }: DraftBannerProps) {
  if (!draft) return null;
  const dict = getDictionary(locale);
  return (
    <p
      data-pagefind-ignore=""
      className="mb-6 flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-sm border-2 border-dashed border-mark-ink bg-mark-bg px-4 py-3 text-sm text-mark-ink"
    >
      <strong className="font-bold tracking-widest uppercase">{dict.draftLabel}</strong>
      <span>{dict.draftNote}</span>
    </p>
  );
}
