import { existsSync } from 'node:fs';
import path from 'node:path';
import { pairedLocale } from '@/lib/content/bilingual';
import { contentRoot, readContent } from '@/lib/content/load';
import type { SiteContent } from '@/lib/content/types';
import { defaultLocale, locales, type Locale } from '@/lib/i18n';
import { bilingualPath, frontPagePath, fullArticlePath, sectionPath } from '@/lib/routes';

/*
 * The one list of the site's pages that the browser tests, the budget check
 * and the benchmarks walk. It is derived from the content (the same loader the
 * site builds from), the locale profiles and the URL shapes in lib/routes.ts,
 * never kept by hand, so a new section, locale or view is tested as soon as
 * it exists. `tests/e2e/coverage.spec.ts` checks it against the pages the
 * build rendered.
 */

export type PageKind = 'front-page' | 'full-article' | 'section' | 'bilingual-front-page' | 'bilingual-section';

/** A page the site serves with status 200. */
export interface SitePage {
  /** The address, such as `/en/labs`. */
  path: string;
  kind: PageKind;
  locale: Locale;
  /** The section's slug; null on a front page. */
  slug: string | null;
  /** The same page in each other locale it exists in: where the language switch leads. */
  twins: Partial<Record<Locale, string>>;
  /** False for the side-by-side views, which are `noindex` by design: they repeat the single-language pages. */
  indexable: boolean;
}

/** An address the site does not have, and the language its 404 page must speak. */
export interface MissingPage {
  path: string;
  locale: Locale;
}

/** Whether the side-by-side views exist in this checkout (they are built under app/[locale]/bilingual). */
export function hasBilingualViews(root = process.cwd()): boolean {
  return existsSync(path.join(root, 'app', '[locale]', 'bilingual'));
}

/** The validated content, or an error naming every problem, as the build would report it. */
export async function getSiteContent(): Promise<SiteContent> {
  const { files, content } = await readContent(contentRoot());
  if (!content) {
    const problems = files.flatMap((file) => file.messages.filter((message) => message.fatal).map(String));
    throw new Error(`The content does not load, so the pages cannot be listed:\n${problems.join('\n')}`);
  }
  return content;
}

function others(locale: Locale, exists: (other: Locale) => boolean, pathOf: (other: Locale) => string) {
  return Object.fromEntries(
    locales.filter((other) => other !== locale && exists(other)).map((other) => [other, pathOf(other)]),
  ) as Partial<Record<Locale, string>>;
}

/**
 * Every page that answers 200: each locale's front page and whole article, each section in
 * each locale it exists in, and, once they exist, the side-by-side views of
 * the front page and of each section that exists in a locale and its pair.
 */
export async function getSitePages({ bilingualViews = hasBilingualViews() } = {}): Promise<SitePage[]> {
  const { sections } = await getSiteContent();
  const pages: SitePage[] = [];
  for (const locale of locales) {
    pages.push({
      path: frontPagePath(locale),
      kind: 'front-page',
      locale,
      slug: null,
      twins: others(locale, () => true, frontPagePath),
      indexable: true,
    });
    pages.push({
      path: fullArticlePath(locale),
      kind: 'full-article',
      locale,
      slug: null,
      twins: others(locale, () => true, fullArticlePath),
      indexable: true,
    });
    for (const entry of sections) {
      if (!entry.versions[locale]) continue;
      pages.push({
        path: sectionPath(locale, entry.slug),
        kind: 'section',
        locale,
        slug: entry.slug,
        twins: others(
          locale,
          (other) => Boolean(entry.versions[other]),
          (other) => sectionPath(other, entry.slug),
        ),
        indexable: true,
      });
    }
  }
  if (bilingualViews) {
    const hasView = (versions: SiteContent['sections'][number]['versions'], locale: Locale) =>
      Boolean(versions[locale] && versions[pairedLocale(locale)]);
    for (const locale of locales) {
      pages.push({
        path: bilingualPath(locale, null),
        kind: 'bilingual-front-page',
        locale,
        slug: null,
        twins: others(
          locale,
          () => true,
          (other) => bilingualPath(other, null),
        ),
        indexable: false,
      });
      for (const entry of sections) {
        if (!hasView(entry.versions, locale)) continue;
        pages.push({
          path: bilingualPath(locale, entry.slug),
          kind: 'bilingual-section',
          locale,
          slug: entry.slug,
          twins: others(
            locale,
            (other) => hasView(entry.versions, other),
            (other) => bilingualPath(other, entry.slug),
          ),
          indexable: false,
        });
      }
    }
  }
  return pages;
}

/** Addresses that must answer with the localized 404 page: one per locale, and one with a language we do not have. */
export const missingPages: MissingPage[] = [
  ...locales.map((locale) => ({ path: `${frontPagePath(locale)}/no-such-page`, locale })),
  { path: '/xx/no-such-page', locale: defaultLocale },
];

/** A file-system-safe name for a page's screenshots and reports: `/en/labs` → `en-labs`. */
export function pageFileName(pagePath: string): string {
  return pagePath.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-') || 'root';
}
