import { VFile } from 'vfile';
import { finding, type CheckContext, type ContentCheck, type Finding } from '@/lib/content/check-helpers';
import { reportError, reportWarning } from '@/lib/content/report';
import { checkAlignment } from '@/lib/content/checks/alignment';
import { checkGlossary } from '@/lib/content/checks/glossary-consistency';
import { checkImageSizes, checkLeadImage, checkUnusedImages } from '@/lib/content/checks/images';
import { checkInternalLinks } from '@/lib/content/checks/internal-links';
import { checkKeyFigures } from '@/lib/content/checks/key-figures';
import { checkOneLanguage } from '@/lib/content/checks/one-language';
import { checkOrders } from '@/lib/content/checks/orders';
import { checkTodoMarkers } from '@/lib/content/checks/todo-markers';
import { checkTranslationFreshness } from '@/lib/content/checks/translation-freshness';

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
  checkOneLanguage,
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

