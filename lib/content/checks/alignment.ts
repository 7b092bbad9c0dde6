import {
  describeBlock,
  finding,
  translatedPairs,
  type AnyPage,
  type CheckContext,
  type Finding,
} from '@/lib/content/check-helpers';
import type { Block } from '@/lib/content/types';
import { profileOf } from '@/lib/i18n';

/**
 * Block n of a Chinese file and block n of its English twin must be the same
 * kind of block: side-by-side reading, keeping the reader's place across
 * languages and the other checks all pair blocks by position. When they part,
 * both files get a message at the first block where they do, each naming the
 * line in the other file; when one file has a block too many, the message says
 * which, so the editor knows whether to add or remove.
 */
export function checkAlignment(context: CheckContext): Finding[] {
  return translatedPairs(context).flatMap(({ original, translation }) => {
    const misaligned = alignmentFindings(original, translation);
    return misaligned.length > 0 ? misaligned : figureTwinFindings(original, translation);
  });
}

function alignmentFindings(zh: AnyPage, en: AnyPage): Finding[] {
  const [originalName, translationName] = [profileOf(zh.locale).messageName, profileOf(en.locale).messageName];
  const i = firstDivergence(zh.blocks, en.blocks);
  if (i === -1) return [];
  const zhBlock = zh.blocks[i];
  const enBlock = en.blocks[i];
  const error = (page: AnyPage, block: Block | undefined, reason: string) =>
    finding(true, 'alignment', page.sourcePath, lineOf(page, block), reason);
  const at = (page: AnyPage, block: Block) => `${page.sourcePath}:${block.line}`;

  if (enBlock && sameKinds(zh.blocks.slice(i), en.blocks.slice(i + 1))) {
    const hint = runHint(en.blocks, zh.blocks, i, originalName);
    return [
      error(
        en,
        enBlock,
        `${describeBlock(enBlock)} has no counterpart in the ${originalName}: ${
          zhBlock
            ? `${at(zh, zhBlock)} (${describeBlock(zhBlock)}) is the twin of the block after it`
            : `${zh.sourcePath} ends before it`
        }. Remove this block or join it to the one before, or add its original to the ${originalName} file${hint}`,
      ),
      error(
        zh,
        zhBlock ?? zh.blocks.at(-1),
        `the ${translationName} has a block that this file lacks ${zhBlock ? 'just before this one' : 'after this one'}: ${describeBlock(enBlock)} (${at(en, enBlock)}) has no ${originalName} counterpart. Add its original here, or remove it from the ${translationName}`,
      ),
    ];
  }

  if (zhBlock && sameKinds(zh.blocks.slice(i + 1), en.blocks.slice(i))) {
    const hint = runHint(zh.blocks, en.blocks, i, translationName);
    return [
      error(
        zh,
        zhBlock,
        `${describeBlock(zhBlock)} has no counterpart in the ${translationName}: ${
          enBlock
            ? `${at(en, enBlock)} (${describeBlock(enBlock)}) is the twin of the block after it`
            : `${en.sourcePath} ends before it`
        }. Translate this block into the ${translationName} file, or remove it here${hint}`,
      ),
      error(
        en,
        enBlock ?? en.blocks.at(-1),
        `a translation is missing ${enBlock ? 'just before this block' : 'after this block'}: ${describeBlock(zhBlock)} of the ${originalName} (${at(zh, zhBlock)}) has no ${translationName} counterpart. Add its translation here`,
      ),
    ];
  }

  if (!enBlock || !zhBlock) {
    // One file ends while the other goes on with several blocks.
    const [longer, shorter, longerBlock, longerName, shorterName] = enBlock
      ? [en, zh, enBlock, translationName, originalName]
      : [zh, en, zhBlock as Block, originalName, translationName];
    const more = longer.blocks.length - i - 1;
    const rest = `${describeBlock(longerBlock)} (${at(longer, longerBlock)}) and the ${more} block${more === 1 ? '' : 's'} after it`;
    return [
      error(
        longer,
        longerBlock,
        `this block and the ${more} after it have no ${shorterName} counterpart: ${shorter.sourcePath} ends after block ${i}. ${longer === zh ? `Translate them into the ${translationName} file` : `Remove them, or add their originals to the ${originalName} file`}`,
      ),
      error(
        shorter,
        shorter.blocks.at(-1),
        `this file ends here, but the ${longerName} goes on with ${rest}: ${shorter === en ? 'translate them' : `add their originals, or remove them from the ${translationName}`}`,
      ),
    ];
  }

  const rule = 'the two files must have the same blocks in the same order, block n translating block n';
  return [
    error(
      en,
      enBlock,
      `the files part here: block ${i + 1} is ${describeBlock(enBlock)} in this file but ${describeBlock(zhBlock)} (${at(zh, zhBlock)}) in the ${originalName}; ${rule}`,
    ),
    error(
      zh,
      zhBlock,
      `the files part here: block ${i + 1} is ${describeBlock(zhBlock)} in this file but ${describeBlock(enBlock)} (${at(en, enBlock)}) in the ${translationName}; ${rule}`,
    ),
  ];
}

/** The twin of a figure shows the same image: a different one is most likely a slip of the name. */
function figureTwinFindings(zh: AnyPage, en: AnyPage): Finding[] {
  const originalName = profileOf(zh.locale).messageName;
  return en.blocks.flatMap((enBlock, i) => {
    const zhBlock = zh.blocks[i];
    if (enBlock.kind !== 'figure' || zhBlock?.kind !== 'figure' || enBlock.figure.src === zhBlock.figure.src) return [];
    const name = (block: typeof enBlock) => block.figure.src.split('/').pop();
    return [
      finding(
        false,
        'alignment',
        en.sourcePath,
        enBlock.line,
        `${describeBlock(enBlock)} shows ${name(enBlock)}, but its ${originalName} twin (${zh.sourcePath}:${zhBlock.line}) shows ${name(zhBlock)}: show the same image in both`,
      ),
    ];
  });
}

/** The index of the first block whose kind differs between the two lists (or that one lacks); -1 when they match. */
function firstDivergence(a: readonly Block[], b: readonly Block[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i]?.kind !== b[i]?.kind) return i;
  }
  return -1;
}

function sameKinds(a: readonly Block[], b: readonly Block[]): boolean {
  return a.length === b.length && a.every((block, i) => block.kind === b[i]?.kind);
}

/**
 * Kinds are all the check can compare, so when the extra block follows
 * blocks of its own kind (a paragraph split in two while translating), any
 * of that run may be the one without a twin: say so, with where it starts.
 */
function runHint(longer: readonly Block[], shorter: readonly Block[], i: number, otherLanguage: string): string {
  const kind = longer[i]?.kind;
  let start = i;
  while (start > 0 && longer[start - 1]?.kind === kind && shorter[start - 1]?.kind === kind) start--;
  const first = longer[start];
  if (start === i || !first) return '';
  return ` (the ${i - start + 1} ${kind === 'paragraph' ? 'paragraphs' : `${kind} blocks`} from line ${first.line} on are all candidates: find the one that has no ${otherLanguage} twin, such as a paragraph split in two)`;
}

function lineOf(page: AnyPage, block: Block | undefined): number {
  return block?.line ?? 1;
}
