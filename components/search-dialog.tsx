import { ControlIcon, headerControlClass } from '@/components/header-control';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { htmlLang, locales, type Locale } from '@/lib/i18n';
import type { SearchEdition } from '@/lib/client/search-results';
import { searchBundlePath, searchIndexLanguage } from '@/lib/publication/search-index-names';
import { frontPagePath } from '@/lib/routes';

interface SearchDialogProps {
  locale: Locale;
}

interface SearchButtonProps {
  locale: Locale;
  /** Where the button shows: the header has one from the small breakpoint up, the section strip one on phones. */
  className?: string;
}

/**
 * A button that opens the search dialog. It is `hidden` until the reader's
 * script shows it: search needs JavaScript, and without it there is no
 * control that does nothing. Two are rendered, one for phones and one for
 * wider screens, so the masthead keeps the site's name whole on a phone.
 */
export function SearchButton({ locale, className = '' }: SearchButtonProps) {
  const dict = getDictionary(locale);
  return (
    <button
      type="button"
      hidden
      data-search-open=""
      aria-haspopup="dialog"
      aria-controls="search-dialog"
      className={`${headerControlClass()} ${className}`}
    >
      <ControlIcon visibility={narrow.icon}>
        <circle cx="8.5" cy="8.5" r="5" />
        <path d="m12.5 12.5 4.5 4.5" />
      </ControlIcon>
      <span className={narrow.label}>{dict.search}</span>
    </button>
  );
}

/* Tailwind needs whole class names in the source, so the set is written out. */
const narrow = { icon: 'block', label: 'max-sm:sr-only' };

/**
 * The search dialog the search buttons open, in the HTML with every word it
 * says in the page's language. Its behaviour (lib/client/search.ts) and the
 * index load on the first press of a button.
 *
 * The editions are given to the script as data: which index is which
 * edition, where its pages are and what it is called, so results in another
 * edition are marked with its name.
 */
export function SearchDialog({ locale }: SearchDialogProps) {
  const dict = getDictionary(locale);
  const editions: SearchEdition[] = locales.map((each) => ({
    index: searchIndexLanguage(htmlLang[each]),
    path: frontPagePath(each),
    lang: htmlLang[each],
    name: getDictionary(each).languageName,
  }));
  return (
    <>
      <dialog
        id="search-dialog"
        data-search=""
        aria-labelledby="search-title"
        className="search-dialog"
        data-bundle={searchBundlePath}
        data-editions={JSON.stringify(editions)}
        data-loading={dict.searchLoading}
        data-count={dict.searchResults('{count}')}
        data-none={dict.searchNone}
        data-failed={dict.searchFailed}
        data-other-editions={dict.searchOtherEditions}
      >
        <div className="search-panel">
          <div className="flex items-center justify-between gap-4">
            <h2 id="search-title" className="font-headline text-lg font-bold text-ink">
              {dict.searchTitle}
            </h2>
            <button type="button" data-search-close="" aria-label={dict.searchClose} className={headerControlClass()}>
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="size-4"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              >
                <path d="m5 5 10 10M15 5 5 15" />
              </svg>
            </button>
          </div>
          <div role="search" className="mt-3">
            <label htmlFor="search-input" className="block text-sm font-medium text-ink">
              {dict.searchLabel}
            </label>
            <input
              id="search-input"
              type="search"
              name="q"
              autoComplete="off"
              enterKeyHint="search"
              spellCheck={false}
              aria-describedby="search-hint"
              className="search-input mt-1"
            />
            <p id="search-hint" className="mt-1 text-sm text-ink-muted">
              {dict.searchHint}
            </p>
          </div>
          <p data-search-status="" role="status" className="mt-4 text-sm text-ink-muted" />
          <div data-search-results="" className="search-results" />
        </div>
      </dialog>
    </>
  );
}
