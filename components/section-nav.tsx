import type { ReactNode } from 'react';
import { htmlLang, type Locale } from '@/lib/i18n';
import type { SectionLink } from '@/lib/content/queries';

/** Which page the reader is on, so the nav can mark it; a page outside the feature (the 404) marks none. */
export type CurrentPage =
  { kind: 'front-page' } | { kind: 'full-article' } | { kind: 'section'; slug: string } | { kind: 'other' };

interface SectionNavProps {
  locale: Locale;
  label: string;
  frontPage: { href: string; label: string };
  /** The whole article on one page, last in the strip; absent where the page has no whole-article view. */
  fullArticle?: { href: string; label: string };
  sections: SectionLink[];
  current: CurrentPage;
  /** Language names by locale, to mark a section that only exists in the other language. */
  languageNames: Record<Locale, string>;
}

/**
 * The feature's sections in reading order; the page being read is marked for
 * sight and for screen readers. On a phone the strip is wider than the
 * screen: the current section is its initial scroll target, so it is in view
 * when the page opens, with no script (`scroll-initial-target`), and the
 * strip fades at an edge where there is more to scroll to (`.scroll-fade` in
 * globals.css).
 */
export function SectionNav({
  locale,
  label,
  frontPage,
  fullArticle,
  sections,
  current,
  languageNames,
}: SectionNavProps) {
  return (
    <nav aria-label={label} className="border-t border-rule">
      <ol className="scroll-fade mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 [scrollbar-width:none] sm:gap-7">
        <NavItem href={frontPage.href} current={current.kind === 'front-page'}>
          {frontPage.label}
        </NavItem>
        {sections.map((section, index) => {
          const otherLanguage = section.locale === locale ? undefined : htmlLang[section.locale];
          return (
            <NavItem
              key={section.slug}
              href={section.href}
              hrefLang={otherLanguage}
              current={current.kind === 'section' && current.slug === section.slug}
            >
              <span aria-hidden="true" className="font-mono text-xs text-accent tabular-nums">
                {String(index + 1).padStart(2, '0')}
              </span>
              <span lang={otherLanguage}>{section.shortTitle}</span>
              {otherLanguage ? (
                <span className="rounded-sm bg-mark-bg px-1 text-xs text-mark-ink">
                  {languageNames[section.locale]}
                </span>
              ) : null}
            </NavItem>
          );
        })}
        {fullArticle ? (
          <NavItem href={fullArticle.href} current={current.kind === 'full-article'}>
            {fullArticle.label}
          </NavItem>
        ) : null}
      </ol>
    </nav>
  );
}

/** One entry of the strip; the current page's is underlined and is the strip's initial scroll target. */
function NavItem({
  href,
  hrefLang,
  current,
  children,
}: {
  href: string;
  hrefLang?: string;
  current: boolean;
  children: ReactNode;
}) {
  return (
    <li>
      <a
        href={href}
        hrefLang={hrefLang}
        aria-current={current ? 'page' : undefined}
        className="flex min-h-11 items-center gap-2 border-b-2 border-transparent px-1 text-[0.9375rem] whitespace-nowrap text-ink-muted transition-colors hover:text-ink aria-[current=page]:border-accent aria-[current=page]:font-semibold aria-[current=page]:text-ink aria-[current=page]:[scroll-initial-target:nearest]"
      >
        {children}
      </a>
    </li>
  );
}
