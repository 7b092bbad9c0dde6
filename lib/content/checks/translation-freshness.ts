import {
  allPages,
  fieldAt,
  finding,
  translatedPairs,
  type AnyPage,
  type CheckContext,
  type Finding,
} from '@/lib/content/check-helpers';
import { translationState } from '@/lib/content/translation';
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
    const state = translationState(source(original.sourcePath), translation.originalVersion);
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
      const { line, column } = fieldAt(context, translation.sourcePath, 'originalVersion');
      findings.push(
        finding(
          false,
          'translation',
          translation.sourcePath,
          line,
          `${original.sourcePath} has changed since this translation was last brought up to date, so the ${profileOf(translation.locale).messageName} page says it may be behind: update the translation, then run \`${command(slug)}\``,
          column,
        ),
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
