import { allPages, finding, isDraft, type AnyPage, type CheckContext, type Finding } from '@/lib/content/check-helpers';
import type { Block } from '@/lib/content/types';
import { isLocale, locales, profileOf, writtenSourceOf, type Locale } from '@/lib/i18n';
import { bilingualPath, feedPath, frontPagePath, sectionPath } from '@/lib/routes';

/** A page a link may lead to, with the blocks its `#fragment` may name (null: any fragment). */
interface Target {
  blocks: readonly Block[] | null;
  /** The page, when it is a content page: a draft is not published, so a published page must not link to it. */
  page: AnyPage | null;
}

/**
 * Every link from one page of the site to another must lead to a page that
 * the build publishes, and a `#p3` must name a block of that page. Links are
 * written as content file names (`labs.md`, `../en/labs.md#p3`) and rewritten
 * to site paths by `remark-content-links`, which records them for this check.
 */
export function checkInternalLinks(context: CheckContext): Finding[] {
  const targets = siteTargets(context);
  const findings: Finding[] = [];
  for (const page of allPages(context)) {
    const file = context.files.find((candidate) => candidate.path === page.sourcePath);
    for (const link of file?.data.internalLinks ?? []) {
      const reason = problemWith(link.href, page, targets, context);
      if (reason) findings.push(finding(true, 'link', page.sourcePath, link.line, reason, link.column));
    }
  }
  return findings;
}

function problemWith(
  href: string,
  page: AnyPage,
  targets: ReadonlyMap<string, Target>,
  context: CheckContext,
): string | null {
  const howTo = 'link a section by its file name, such as labs.md or ../en/labs.md#p3, and the front page as index.md';
  if (!href.startsWith('/') && !href.startsWith('#')) {
    return `link "${href}" does not lead to a page of the site: ${howTo}`;
  }
  const [path = '', fragment] = href.startsWith('#') ? [ownPath(page), href.slice(1)] : href.split('#', 2);
  const target = targets.get(path.replace(/\/+$/, '') || '/');
  if (!target) return `link to ${href} leads nowhere: ${whyMissing(path, context) ?? howTo}`;
  if (target.page && isDraft(target.page) && !isDraft(page)) {
    return `link to ${href} leads to a draft (${target.page.sourcePath}), which is left out of the published site: publish it (remove \`draft: true\`) or remove the link`;
  }
  if (fragment === undefined || fragment === '' || target.blocks === null) return null;
  if (target.blocks.some((block) => block.id === fragment)) return null;
  return `link to ${href}: that page has no block "${fragment}" (it has ${summarise(target.blocks)}); blocks are numbered by kind, p3 being the third paragraph`;
}

/**
 * The paths the build publishes that a content link may lead to. The checks
 * run before the generated editions are made, so those are the pages of the
 * locale they are generated from, at their own addresses.
 */
function siteTargets(context: CheckContext): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const locale of locales) {
    const front = context.frontPages[writtenSourceOf(locale)];
    targets.set(frontPagePath(locale), { blocks: front?.blocks ?? [], page: front ?? null });
    targets.set(feedPath(locale), { blocks: null, page: null });
    targets.set(bilingualPath(locale, null), { blocks: null, page: null });
  }
  for (const entry of context.sections) {
    const version = (locale: Locale) => entry.versions[writtenSourceOf(locale)];
    for (const locale of locales) {
      const section = version(locale);
      if (!section) continue;
      targets.set(sectionPath(locale, entry.slug), { blocks: section.blocks, page: section });
      if (version(profileOf(locale).pairedWith)) {
        targets.set(bilingualPath(locale, entry.slug), { blocks: null, page: section });
      }
    }
  }
  return targets;
}

function ownPath(page: AnyPage): string {
  return 'slug' in page ? sectionPath(page.locale, page.slug) : frontPagePath(page.locale);
}

/** When a link names a section that exists in the other language only, say which link would work. */
function whyMissing(path: string, context: CheckContext): string | null {
  const [, locale, slug, ...rest] = path.split('/');
  if (!locale || !isLocale(locale) || !slug || rest.length > 0) return null;
  const entry = context.sections.find((section) => section.slug === slug);
  if (!entry) return `there is no section "${slug}" (no ${slug}.md in ${locale}/); check the file name`;
  const [written] = Object.keys(entry.versions) as Locale[];
  if (!written || written === locale) return null;
  const { messageName, segment } = profileOf(written);
  return `"${slug}" is written in ${messageName} only; link ../${segment}/${slug}.md instead`;
}

/** "p1–p5, h1–h2, fig1": what a page's blocks are called, so the editor can pick the right one. */
function summarise(blocks: readonly Block[]): string {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const prefix = block.id.replace(/\d+$/, '');
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  if (counts.size === 0) return 'no blocks';
  return [...counts].map(([prefix, n]) => (n === 1 ? `${prefix}1` : `${prefix}1–${prefix}${n}`)).join(', ');
}
