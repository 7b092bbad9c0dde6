import { BilingualToggle } from '@/components/bilingual-toggle';
import { LanguageSwitch } from '@/components/language-switch';
import { SearchButton, SearchDialog } from '@/components/search-dialog';
import { SectionNav, type CurrentPage } from '@/components/section-nav';
import type { SectionLink } from '@/lib/content/queries';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { locales, type Locale } from '@/lib/i18n';
import { frontPagePath, fullArticlePath } from '@/lib/routes';

export interface SiteHeaderProps {
  locale: Locale;
  sections: SectionLink[];
  current: CurrentPage;
  /** The same page in each language it exists in. */
  alternates: Partial<Record<Locale, string>>;
  /**
   * The page's side-by-side view (`on: false`) or, on that view, the page in
   * one language (`on: true`); absent where the page is in one language only.
   */
  bilingual?: { href: string; on: boolean };
}

/**
 * Site name, language switch, bilingual toggle and the feature's sections:
 * the same on every page. The row with the switches stays at the top of the
 * screen, so a reader can change language or view from mid-section (and
 * keep their place) without scrolling back up; the sections scroll away.
 */
export function SiteHeader({ locale, sections, current, alternates, bilingual }: SiteHeaderProps) {
  const dict = getDictionary(locale);
  const languageNames = Object.fromEntries(locales.map((each) => [each, getDictionary(each).languageName])) as Record<
    Locale,
    string
  >;
  return (
    <>
      <header className="sticky top-0 z-30 border-b border-rule bg-paper">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-1.5 sm:gap-4">
          <a
            href={frontPagePath(locale)}
            className="font-headline min-w-0 truncate py-2 text-[0.8125rem] leading-tight font-bold tracking-tight text-ink min-[22.5rem]:text-[0.9375rem] min-[25rem]:text-base sm:text-xl"
          >
            {dict.siteName}
          </a>
          <div className="flex items-center gap-1 min-[22.5rem]:gap-2">
            {/* First in the row: shown by the script after load, it appears beside the others without moving them. */}
            <SearchButton locale={locale} className="max-sm:hidden" />
            {bilingual ? (
              <BilingualToggle
                href={bilingual.href}
                on={bilingual.on}
                label={dict.bilingual}
                closeLabel={dict.bilingualClose}
              />
            ) : null}
            {locales
              .filter((target) => target !== locale)
              .map((target) => (
                <LanguageSwitch
                  key={target}
                  target={target}
                  href={alternates[target] ?? frontPagePath(target)}
                  label={getDictionary(target).languageName}
                  shortLabel={getDictionary(target).languageShortName}
                />
              ))}
          </div>
        </div>
      </header>
      <div className="flex">
        <div className="min-w-0 flex-1">
          <SectionNav
            locale={locale}
            label={dict.sectionsNav}
            frontPage={{ href: frontPagePath(locale), label: dict.frontPage }}
            fullArticle={{ href: fullArticlePath(locale), label: dict.fullArticle }}
            sections={sections}
            current={current}
            languageNames={languageNames}
          />
        </div>
        {/* On phones search sits at the end of the section strip, where there is room for it. */}
        <div className="flex items-center border-t border-rule pr-2 sm:hidden">
          <SearchButton locale={locale} />
        </div>
      </div>
      <div className="h-px bg-rule" />
      <SearchDialog locale={locale} />
    </>
  );
}
