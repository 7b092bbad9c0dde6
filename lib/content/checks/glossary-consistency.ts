import { toString } from 'hast-util-to-string';
import {
  describeBlock,
  fieldAt,
  finding,
  translatedPairs,
  type AnyPage,
  type CheckContext,
  type Finding,
} from '@/lib/content/check';
import { findTerms, type GlossaryEntry } from '@/lib/content/glossary';
import type { Block } from '@/lib/content/load';

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
    const compare = (zhText: string, enText: string, zhWhere: string, what: string, line: number, column = 1) => {
      for (const { entry, term } of missingTerms(zhText, enText, context.glossary)) {
        findings.push(
          finding(
            false,
            'glossary',
            translation.sourcePath,
            line,
            `"${term}" (${zhWhere}) is "${entry.en}" in the glossary, but ${what} does not say "${entry.en}": use the glossary's English, or correct ${glossaryPath}`,
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

    translation.blocks.forEach((enBlock, i) => {
      const zhBlock = original.blocks[i];
      // Misaligned pairs are the alignment check's to report; comparing them would only add noise.
      if (!zhBlock || zhBlock.kind !== enBlock.kind) return;
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

/** The glossary entries a Chinese text uses whose English the translation lacks, one per English name. */
function missingTerms(zhText: string, enText: string, glossary: readonly GlossaryEntry[]) {
  const present = new Set(findTerms(enText, glossary, 'en').map((match) => match.entry.en));
  const missing = new Map<string, { entry: GlossaryEntry; term: string }>();
  for (const { entry } of findTerms(zhText, glossary, 'zh')) {
    if (!present.has(entry.en) && !missing.has(entry.en)) missing.set(entry.en, { entry, term: entry.zh });
  }
  return [...missing.values()];
}

function blockText(block: Block): string {
  return block.kind === 'figure' ? `${block.figure.alt}\n${block.figure.caption}` : toString(block.element);
}

function fieldText(page: AnyPage, field: (typeof textFields)[number]): string | null {
  if (field === 'lead') return 'lead' in page ? page.lead : null;
  return page[field];
}
