import { VFile } from 'vfile';
import type { GlossaryEntry } from '@/lib/content/glossary';
import type { Block, FrontPage, Section, SectionEntry } from '@/lib/content/load';
import { reportError, reportWarning } from '@/lib/content/report';
import { checkAlignment } from '@/lib/content/checks/alignment';
import { checkGlossary } from '@/lib/content/checks/glossary-consistency';
import { checkImageSizes, checkLeadImage, checkUnusedImages } from '@/lib/content/checks/images';
import { checkInternalLinks } from '@/lib/content/checks/internal-links';
import { checkKeyFigures } from '@/lib/content/checks/key-figures';
import { checkOrders } from '@/lib/content/checks/orders';
import { checkTodoMarkers } from '@/lib/content/checks/todo-markers';
import { checkTranslationFreshness } from '@/lib/content/checks/translation-freshness';
import type { Locale } from '@/lib/i18n';

/** Everything the loader read, as the checks see it: drafts included, nothing filtered yet. */
export interface CheckContext {
  /** Every file read (content and glossary), with what parsing recorded in `data`. */
  files: readonly VFile[];
  frontPages: Partial<Record<Locale, FrontPage>>;
  /** Every section whose files parsed, drafts included, in reading order. */
  sections: readonly SectionEntry[];
  glossary: readonly GlossaryEntry[];
  /** File names in the content's `images/` folder. */
  images: readonly string[];
  /** The path of the images folder as messages show it, such as `content/images`. */
  imagesPath: string;
}

/** One problem a check found: where, what to do, and whether it stops the build. */
export interface Finding {
  /** The file as messages show it, such as `content/en/labs.md`. */
  path: string;
  line: number;
  column: number;
  reason: string;
  /** Names the check, so the guide (docs/editing.md) and the tests can refer to it. */
  ruleId: string;
  fatal: boolean;
}

/** A check reads the content and returns what is wrong; it records nothing itself. */
export type ContentCheck = (context: CheckContext) => Finding[];

/*
 * The checks that look across files, run after every file has been read and
 * parsed (per-file problems, such as front matter or raw HTML, are reported
 * while reading). The order is the order of the report within a file: first
 * what stops the build and breaks pages (order, alignment, links), then what
 * needs an editor's eye (images, unfinished text, glossary, stale
 * translations). None depends on another's result.
 */
const checks: readonly ContentCheck[] = [
  checkOrders,
  checkAlignment,
  checkInternalLinks,
  checkKeyFigures,
  checkLeadImage,
  checkImageSizes,
  checkUnusedImages,
  checkTodoMarkers,
  checkGlossary,
  checkTranslationFreshness,
];

/**
 * Runs every cross-file check and records its findings as messages on the
 * files (adding a file, such as an unused image, that has none yet), so the
 * report and the build see them like any other problem.
 */
export function runChecks(context: CheckContext, files: VFile[]): void {
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const check of checks) {
    for (const finding of runCheck(check, context)) {
      let file = byPath.get(finding.path);
      if (!file) {
        file = new VFile({ path: finding.path });
        byPath.set(finding.path, file);
        files.push(file);
      }
      const report = finding.fatal ? reportError : reportWarning;
      report(file, finding.reason, { line: finding.line, column: finding.column }, finding.ruleId);
    }
  }
}

/**
 * A check's findings; a check that throws becomes an error naming it, at the
 * first content file, so one broken check cannot hide what the others find.
 */
function runCheck(check: ContentCheck, context: CheckContext): Finding[] {
  try {
    return check(context);
  } catch (error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return [
      finding(
        true,
        'unreadable',
        context.files[0]?.path ?? context.imagesPath,
        1,
        `the check ${check.name || '(unnamed)'} failed on this content (${what.slice(0, 200)}): this is a fault in the check, not in the files; report it with the content that causes it`,
      ),
    ];
  }
}

/** A finding at a line of a file; column 1 unless told. */
export function finding(
  fatal: boolean,
  ruleId: string,
  path: string,
  line: number,
  reason: string,
  column = 1,
): Finding {
  return { path, line, column, reason, ruleId, fatal };
}

/** A page of either kind: the front page or a section. */
export type AnyPage = FrontPage | Section;

/** A page written in both languages: the Chinese original and its English translation. */
export interface TranslatedPair {
  /** `index` for the front page. */
  slug: string;
  original: AnyPage;
  translation: AnyPage;
}

/** Every page that exists in both languages: the pairs alignment, glossary and freshness are about. */
export function translatedPairs(context: Pick<CheckContext, 'frontPages' | 'sections'>): TranslatedPair[] {
  const pairs: TranslatedPair[] = [];
  const { frontPages, sections } = context;
  if (frontPages.zh && frontPages.en) pairs.push({ slug: 'index', original: frontPages.zh, translation: frontPages.en });
  for (const entry of sections) {
    const { zh, en } = entry.versions;
    if (zh && en) pairs.push({ slug: entry.slug, original: zh, translation: en });
  }
  return pairs;
}

/** Every page read, front pages first, then sections in reading order. */
export function allPages(context: Pick<CheckContext, 'frontPages' | 'sections'>): AnyPage[] {
  return [
    ...Object.values(context.frontPages),
    ...context.sections.flatMap((entry) => Object.values(entry.versions)),
  ];
}

/** Whether a page is a draft: only sections can be. */
export function isDraft(page: AnyPage): boolean {
  return 'draft' in page && page.draft;
}

const blockNames: Record<Block['kind'], string> = {
  paragraph: 'paragraph',
  heading: 'heading',
  list: 'list',
  quote: 'quote',
  table: 'table',
  code: 'code block',
  rule: 'rule',
  figure: 'figure',
};

/**
 * A block as an editor finds it: its kind and its number among blocks of that
 * kind ("paragraph 6"), which is also its id in the page's address (`#p6`).
 */
export function describeBlock(block: Block): string {
  return `${blockNames[block.kind]} ${block.id.replace(/^\D+/, '')}`;
}

/** Where a front-matter field is written in a file; the top of the file when it is not there. */
export function fieldAt(context: Pick<CheckContext, 'files'>, path: string, field: string): { line: number; column: number } {
  const file = context.files.find((candidate) => candidate.path === path);
  return file?.data.frontMatterFields?.[field] ?? { line: 1, column: 1 };
}
