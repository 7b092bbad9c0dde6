import { LanguageSwitch } from '@/components/language-switch';
import { SectionNav, type CurrentPage } from '@/components/section-nav';
import type { SectionLink } from '@/lib/content/queries';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { otherLocale, type Locale } from '@/lib/i18n';
import { frontPagePath } from '@/lib/routes';

interface SiteHeaderProps {
  locale: Locale;
  sections: SectionLink[];
  current: CurrentPage;
  /** The same page in each language it exists in. */
  alternates: Partial<Record<Locale, string>>;
}

/** Site name, language switch and the feature's sections: the same on every page. */
export function SiteHeader({ locale, sections, current, alternates }: SiteHeaderProps) {
  const dict = getDictionary(locale);
  const target = otherLocale(locale);
  const targetDict = getDictionary(target);
  return (
    <header className="bg-paper">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2">
        <a
          href={frontPagePath(locale)}
          className="font-headline py-2 text-lg font-bold tracking-tight text-ink sm:text-xl"
        >
          {dict.siteName}
        </a>
        <LanguageSwitch
          target={target}
          href={alternates[target] ?? frontPagePath(target)}
          label={targetDict.languageName}
        />
      </div>
      <SectionNav
        locale={locale}
        label={dict.sectionsNav}
        frontPage={{ href: frontPagePath(locale), label: dict.frontPage }}
        sections={sections}
        current={current}
        languageNames={{ zh: getDictionary('zh').languageName, en: getDictionary('en').languageName }}
      />
      <div className="h-px bg-rule" />
    </header>
  );
}
