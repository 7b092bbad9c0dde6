import { alignBlocks, type AlignStep, type UnmatchedBlock } from '@/lib/content/align-blocks';
import {
  blocksLineUp,
  blockText,
  describeBlock,
  finding,
  translatedPairs,
  type AnyPage,
  type CheckContext,
  type Finding,
} from '@/lib/content/check-helpers';
import type { Block } from '@/lib/content/types';
import { profileOf } from '@/lib/i18n';

/** More places than this where two files part, and the rest is summed up: by then the files differ throughout. */
const maxPlaces = 3;

/**
 * Block n of a Chinese file and block n of its English twin must be the same
 * kind of block: side-by-side reading, keeping the reader's place across
 * languages and the other checks all pair blocks by position. When they part,
 * the blocks are aligned by what survives translation (lib/content/align-blocks.ts)
 * and each place where they part gets one message, at the block that has no
 * counterpart (or at the split or merged paragraph), naming where it would go
 * in the other file. The checks that pair blocks skip a pair that does not
 * line up; the first message says so.
 */
export function checkAlignment(context: CheckContext): Finding[] {
  return translatedPairs(context).flatMap(({ original, translation }) =>
    blocksLineUp(original, translation) ? figureTwinFindings(original, translation) : alignmentFindings(original, translation),
  );
}

function alignmentFindings(zh: AnyPage, en: AnyPage): Finding[] {
  const names = { zh: profileOf(zh.locale).messageName, en: profileOf(en.locale).messageName };
  const unit = (block: Block) => ({
    kind: block.kind,
    text: blockText(block),
    image: block.kind === 'figure' ? (block.figure.src.split('/').pop() ?? null) : null,
  });
  const { steps, unmatched } = alignBlocks(zh.blocks.map(unit), en.blocks.map(unit));
  const at = (page: AnyPage, index: number) => {
    const block = page.blocks[index];
    return block ? `${page.sourcePath}:${block.line} (${describeBlock(block)})` : page.sourcePath;
  };
  const error = (page: AnyPage, block: Block | undefined, reason: string) => finding(true, 'alignment', page.sourcePath, block?.line ?? 1, reason);

  /** Where a block without counterpart would go in the other file: after the twin of the block before it. */
  const placeIn = (other: AnyPage, stepIndex: number, side: 'original' | 'translation') => {
    for (let s = stepIndex - 1; s >= 0; s--) {
      const step = steps[s] as AlignStep;
      const taken = side === 'original' ? step.translation + (step.kind === '1-2' ? 1 : 0) : step.original + (step.kind === '2-1' ? 1 : 0);
      const takes = side === 'original' ? step.kind !== '1-0' : step.kind !== '0-1';
      if (takes) return `after ${at(other, taken)}`;
    }
    return other.blocks.length > 0 ? `before ${at(other, 0)}` : `at the start of ${other.sourcePath}`;
  };

  const findings: Finding[] = [];
  steps.forEach((step, stepIndex) => {
    if (step.kind === '1-1') {
      const [zhBlock, enBlock] = [zh.blocks[step.original], en.blocks[step.translation]];
      if (!zhBlock || !enBlock || zhBlock.kind === enBlock.kind) return;
      findings.push(
        error(
          en,
          enBlock,
          `the files part here: ${describeBlock(enBlock)} stands where the ${names.zh} has ${at(zh, step.original)}; make the two the same kind of block, as block n translates block n`,
        ),
      );
    } else if (step.kind === '1-0' || step.kind === '0-1') {
      const lone = unmatched.find((entry) => entry.side === (step.kind === '1-0' ? 'original' : 'translation') && entry.index === (step.kind === '1-0' ? step.original : step.translation)) as UnmatchedBlock;
      findings.push(unmatchedFinding(lone, stepIndex));
    } else if (step.kind === '2-1') {
      const enBlock = en.blocks[step.translation];
      findings.push(
        error(
          en,
          enBlock,
          `${enBlock ? describeBlock(enBlock) : 'this block'} translates two ${names.zh} blocks, ${at(zh, step.original)} and ${at(zh, step.original + 1)}, merged into one: split it in two where the second begins, as block n translates block n`,
        ),
      );
    } else {
      const [first, second] = [en.blocks[step.translation], en.blocks[step.translation + 1]];
      findings.push(
        error(
          en,
          first,
          `${first ? describeBlock(first) : 'this block'} and ${second ? `${describeBlock(second)} (line ${second.line})` : 'the next'} translate one ${names.zh} block, ${at(zh, step.original)}, split in two: join them into one, as block n translates block n`,
        ),
      );
    }
  });

  function unmatchedFinding(lone: UnmatchedBlock, stepIndex: number): Finding {
    const [page, other, otherName] = lone.side === 'original' ? [zh, en, names.en] : [en, zh, names.zh];
    const block = page.blocks[lone.index];
    const fix =
      lone.side === 'original'
        ? `translate it into ${en.sourcePath} ${placeIn(en, stepIndex, 'original')}, or remove it here`
        : `remove it, or add its original to ${zh.sourcePath} ${placeIn(zh, stepIndex, 'translation')}`;
    if (lone.candidates.length > 1) {
      const listed = lone.candidates.map((k) => {
        const candidate = page.blocks[k];
        return candidate ? `${describeBlock(candidate)} (line ${candidate.line})` : `block ${k + 1}`;
      });
      const options = `${listed.slice(0, -1).join(', ')} or ${listed.at(-1)}`;
      return error(
        page,
        block,
        `one block of this file has no counterpart in the ${otherName} (${page.blocks.length} blocks here, ${other.blocks.length} there), and the text cannot tell which: the likeliest are ${options}. Compare them with the ${otherName} file; for the first, ${fix}`,
      );
    }
    return error(page, block, `${block ? describeBlock(block) : 'this block'} has no counterpart in the ${otherName}: ${fix}`);
  }

  const shown = findings.slice(0, maxPlaces);
  if (findings.length > maxPlaces) {
    const last = shown[maxPlaces - 1] as Finding;
    last.reason += `; and ${findings.length - maxPlaces} more place${findings.length - maxPlaces === 1 ? '' : 's'} where the files part after this: fix these first, then check again`;
  }
  const first = shown[0];
  if (first) {
    first.reason += `. Until the blocks line up, the checks that pair blocks (glossary terms, figures, changed paragraphs) skip this ${en.sourcePath.endsWith('index.md') ? 'front page' : 'section'}`;
  }
  return shown;
}

/** The twin of a figure shows the same image: a different one is most likely a slip of the name. */
function figureTwinFindings(zh: AnyPage, en: AnyPage): Finding[] {
  const originalName = profileOf(zh.locale).messageName;
  return en.blocks.flatMap((enBlock, i) => {
    const zhBlock = zh.blocks[i];
    if (enBlock.kind !== 'figure' || zhBlock?.kind !== 'figure' || enBlock.figure.src === zhBlock.figure.src) return [];
    // An image that cannot be found has its own error: the different name is that mistake, not another.
    if (enBlock.unusable || zhBlock.unusable) return [];
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
