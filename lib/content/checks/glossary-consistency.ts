import {
  blocksLineUp,
  blockText,
  describeBlock,
  fieldAt,
  finding,
  translatedPairs,
  type AnyPage,
  type CheckContext,
  type Finding,
} from '@/lib/content/check-helpers';
import { findTerms, type GlossaryEntry } from '@/lib/content/glossary';
import { profileOf, type Locale } from '@/lib/i18n';

/**
 * Front-matter fields of running text, checked like blocks. Titles are left
 * out, as short titles are: a headline that must fit two lines on a phone
 * leaves names out ("Chongqing’s Science City picks up the pace"), and the
 * check cannot tell a name left out from a name changed. The summary under
 * the headline and the body give every name in full, and are checked.
 */
const textFields = ['summary', 'lead'] as const;

/**
 * Where a Chinese block uses a glossary term, its English twin must use the
 * glossary's English for it, so a proper noun or a policy has one name
 * throughout the translation. A miss is a warning at the English block: the
 * translator may have good reason (a pronoun, a shortened second mention).
 */
export function checkGlossary(context: CheckContext): Finding[] {
  if (context.glossary.length === 0) return [];
  const glossaryPath = context.files.find((file) => file.path.endsWith('glossary.yaml'))?.path ?? 'the glossary';
  const findings: Finding[] = [];

  for (const { original, translation } of translatedPairs(context)) {
    const languages = { from: original.locale, to: translation.locale };
    const compare = (zhText: string, enText: string, zhWhere: string, what: string, line: number, column = 1) => {
      for (const { name, term } of missingTerms(zhText, enText, context.glossary, languages)) {
        findings.push(
          finding(
            false,
            'glossary',
            translation.sourcePath,
            line,
            `"${term}" (${zhWhere}) is "${name}" in the glossary, but ${what} does not say "${name}": use the glossary's ${profileOf(translation.locale).messageName}, or correct ${glossaryPath}`,
            column,
          ),
        );
      }
    };

    for (const field of textFields) {
      const zhText = fieldText(original, field);
      const enText = fieldText(translation, field);
      if (zhText === null || enText === null) continue;
      const zhAt = fieldAt(context, original.sourcePath, field);
      const enAt = fieldAt(context, translation.sourcePath, field);
      compare(zhText, enText, `${original.sourcePath}:${zhAt.line}`, `this ${field}`, enAt.line, enAt.column);
    }

    // A pair whose blocks do not line up is the alignment check's to report (once); comparing its blocks would only add noise.
    if (!blocksLineUp(original, translation)) continue;
    translation.blocks.forEach((enBlock, i) => {
      const zhBlock = original.blocks[i];
      if (!zhBlock) return;
      compare(
        blockText(zhBlock),
        blockText(enBlock),
        `${original.sourcePath}:${zhBlock.line}`,
        `this ${describeBlock(enBlock).replace(/ \d+$/, '')}`,
        enBlock.line,
      );
    });
  }
  return findings;
}

/** The glossary entries an original's text uses whose name in the translation's language it lacks, one per name. */
function missingTerms(
  originalText: string,
  translatedText: string,
  glossary: readonly GlossaryEntry[],
  { from, to }: { from: Locale; to: Locale },
) {
  const present = new Set(findTerms(translatedText, glossary, to).map((match) => match.entry[to]));
  const missing = new Map<string, { name: string; term: string }>();
  for (const { entry } of findTerms(originalText, glossary, from)) {
    const name = entry[to];
    if (!present.has(name) && !missing.has(name)) missing.set(name, { name, term: entry[from] });
  }
  return [...missing.values()];
}

function fieldText(page: AnyPage, field: (typeof textFields)[number]): string | null {
  if (field === 'lead') return 'lead' in page ? page.lead : null;
  return page[field];
}
