import { blocksLineUp, finding, translatedPairs, type CheckContext, type Finding } from '@/lib/content/check-helpers';
import type { FrontPage } from '@/lib/content/types';
import { parseBlockReference } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n';

/**
 * The front page's figures are facts, given once per language: the two
 * languages must give the same numbers, in the same order, from the same
 * blocks, and every block named must exist. Otherwise a translator's typo
 * would publish two different numbers, or a figure would link nowhere.
 */
export function checkKeyFigures(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const said = new Set<string>();
  // One broken source is one message, however many figures and amounts cite it.
  const error = (page: FrontPage, line: number, reason: string) => {
    if (said.has(reason)) return;
    said.add(reason);
    findings.push(finding(true, 'key-figures', page.sourcePath, line, reason));
  };
  const textOf = (page: FrontPage) => String(context.files.find((file) => file.path === page.sourcePath)?.value ?? '');

  for (const page of Object.values(context.frontPages)) {
    const references = [
      ...page.keyFigures.map((figure) => figure.source),
      ...(page.investments ? [page.investments.total, ...page.investments.parts].map((item) => item.source) : []),
    ];
    for (const reference of references) {
      const problem = describeBrokenReference(reference, page.locale, context);
      if (problem) error(page, lineOf(textOf(page), reference), problem);
    }
  }

  const { zh, en } = context.frontPages;
  if (!zh || !en) return findings;

  const length = Math.max(zh.keyFigures.length, en.keyFigures.length);
  for (let i = 0; i < length; i++) {
    const zhFigure = zh.keyFigures[i];
    const enFigure = en.keyFigures[i];
    const differs =
      zhFigure?.value !== enFigure?.value ||
      zhFigure?.qualifier !== enFigure?.qualifier ||
      zhFigure?.source !== enFigure?.source;
    if (!differs) continue;
    const show = (figure: typeof zhFigure) =>
      figure ? `${figure.qualifier ? `${figure.qualifier} ` : ''}${figure.value} from ${figure.source}` : 'nothing';
    error(
      en,
      listItemLine(textOf(en), 'keyFigures', i),
      `key figure ${i + 1} is ${show(enFigure)} here but ${show(zhFigure)} in ${zh.sourcePath}: both languages list the same figures in the same order`,
    );
    break;
  }

  const amounts = (page: FrontPage) =>
    page.investments
      ? [page.investments.total, ...page.investments.parts].map((item) => `${item.yuan} from ${item.source}`).join(', ')
      : 'none';
  if (amounts(zh) !== amounts(en)) {
    error(
      en,
      lineOf(textOf(en), 'investments:'),
      `the investments are [${amounts(en)}] here but [${amounts(zh)}] in ${zh.sourcePath}: give the same amounts (in yuan) from the same blocks in both languages`,
    );
  }
  return findings;
}

function describeBrokenReference(reference: string, locale: Locale, context: CheckContext): string | null {
  const { slug, blockId } = parseBlockReference(reference);
  const entry = context.sections.find((section) => section.slug === slug);
  if (!entry) {
    const known = context.sections.map((section) => section.slug).join(', ');
    return `source "${reference}" names a section "${slug}" that does not exist: use one of ${known}`;
  }
  // A section not yet translated is still linked, in the language it exists in (as the nav does).
  const section = entry.versions[locale] ?? Object.values(entry.versions)[0];
  // A block missing from a translation that does not line up with its original is the alignment check's message.
  const partner = translatedPairs(context).find((pair) => pair.slug === slug && (pair.translation === section || pair.original === section));
  if (partner && !blocksLineUp(partner.original, partner.translation)) return null;
  if (section && !section.blocks.some((block) => block.id === blockId)) {
    const ids = section.blocks.map((block) => block.id).join(', ');
    return `source "${reference}": ${section.sourcePath} has no block "${blockId}" (its blocks are ${ids})`;
  }
  return null;
}

/** The first line of a file holding `text`, so a message points at the field; 1 when not found. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1 || 1;
}

/** The line of item `n` (from 0) of a top-level YAML list in the front matter. */
function listItemLine(text: string, key: string, n: number): number {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (start === -1) return 1;
  let seen = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\S/.test(line)) break;
    if (/^ {0,2}- /.test(line) && ++seen === n) return i + 1;
  }
  return start + 1;
}
