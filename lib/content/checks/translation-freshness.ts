import {
  allPages,
  blocksLineUp,
  describeBlock,
  fieldAt,
  finding,
  translatedPairs,
  type AnyPage,
  type CheckContext,
  type Finding,
} from '@/lib/content/check-helpers';
import { translationFreshness, type OriginalChanges } from '@/lib/content/translation';
import type { Block } from '@/lib/content/types';
import { profileOf, translations } from '@/lib/i18n';

/**
 * Each translation records the version of the original it translates
 * (`originalVersion`, written by `npm run content:translated -- <slug>`).
 * When the original has changed since, the translation may be behind: a
 * warning here, and a notice on the English page linking to the original.
 */
export function checkTranslationFreshness(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const command = (slug: string) => `npm run content:translated -- ${slug}`;
  const source = (path: string) => String(context.files.find((file) => file.path === path)?.value ?? '');

  for (const { slug, original, translation } of translatedPairs(context)) {
    const { state, changes } = translationFreshness(source(original.sourcePath), original.blocks, translation.originalVersion);
    if (state === 'unrecorded') {
      findings.push(
        finding(
          false,
          'translation',
          translation.sourcePath,
          1,
          `this translation does not record which version of ${original.sourcePath} it translates: once it is up to date, run \`${command(slug)}\``,
        ),
      );
    } else if (state === 'stale') {
      const recordedAt = fieldAt(context, translation.sourcePath, 'originalVersion');
      const changed = changes.blocks.flatMap((id) => original.blocks.find((block) => block.id === id) ?? []);
      // Where the blocks line up, the message stands at the first twin to update; otherwise at the record.
      const twins = blocksLineUp(original, translation)
        ? changed.flatMap((block) => translation.blocks.find((twin) => twin.id === block.id) ?? [])
        : [];
      const at = twins[0] ? { line: twins[0].line, column: 1 } : recordedAt;
      const page = `the ${profileOf(translation.locale).messageName} page`;
      const fix = `then run \`${command(slug)}\``;
      const what = describeChanges(changes, changed, original.sourcePath);
      const update =
        twins.length > 0 ? `update ${listBlocks(twins)} here (line${twins.length === 1 ? '' : 's'} ${twins.map((block) => block.line).join(', ')})` : 'update the translation';
      findings.push(
        finding(false, 'translation', translation.sourcePath, at.line, `${what} since this translation was last brought up to date, and ${page} says so: ${update}, ${fix}`, at.column),
      );
    }
  }

  for (const page of allPages(context)) {
    if (profileOf(page.locale).source.kind === 'translation' || page.originalVersion === undefined) continue;
    const { line, column } = fieldAt(context, page.sourcePath, 'originalVersion');
    findings.push(
      finding(
        true,
        'translation',
        page.sourcePath,
        line,
        `originalVersion belongs in a translation (the ${translatorsOf(page)} file), not in the ${profileOf(page.locale).messageName} original: remove it`,
        column,
      ),
    );
  }
  return findings;
}

/** The languages a page's translations are in, as messages name them: "English". */
function translatorsOf(page: AnyPage): string {
  return translations
    .filter(({ original }) => original === page.locale)
    .map(({ translation }) => profileOf(translation).messageName)
    .join(' or ');
}

/** What changed in an original, in an editor's words: "paragraph 3 (line 20) and the title or summary of content/zh/labs.md have changed". */
function describeChanges(changes: OriginalChanges, changed: readonly Block[], path: string): string {
  if (changes.unknown) {
    return `${path} has changed (its translation's record is of the earlier kind, one for the whole file, so which paragraphs is not known)`;
  }
  const parts = [
    ...(changed.length > 0 ? [`${listBlocks(changed)} (line${changed.length === 1 ? '' : 's'} ${changed.map((block) => block.line).join(', ')})`] : []),
    ...(changes.frontMatter ? ['the words of the front matter (title, summary…)'] : []),
    ...(changes.removed > 0 ? [`${changes.removed} block${changes.removed === 1 ? '' : 's'} since removed`] : []),
  ];
  const joined = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'the text');
  return `in ${path}, ${joined} ${parts.length === 1 && changed.length === 1 && !changes.frontMatter ? 'has' : 'have'} changed`;
}

/** "paragraph 3", "paragraphs 3 and 5", "paragraph 3 and figure 1". */
function listBlocks(blocks: readonly Block[]): string {
  const names = blocks.map(describeBlock);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}
