import { toString } from 'hast-util-to-string';
import type { Block } from '@/lib/content/types';
import type { ReadingRate, ReadingUnit } from '@/lib/reading-rates';

/*
 * How long a text takes to read, from a rate per minute in the unit its
 * script is read in: Chinese by the character (it has no spaces to count
 * words by), English by the word. The rates are published averages for adult
 * native readers; the estimate is shown in whole minutes, never as a promise.
 */

const hanCharacter = /\p{Script=Han}/u;
/** A run of letters or digits, with the apostrophes and hyphens inside words: `People’s`, `2023–2027` is two. */
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The length of a text in a rate's unit. Words are runs of letters and
 * digits. Characters are Han characters, each one, plus each run of other
 * letters or digits (`2023`, `R&D`'s `R`), which a reader takes in at a glance
 * like a character, not digit by digit; punctuation is not counted.
 */
export function countReadingUnits(text: string, unit: ReadingUnit): number {
  const words = text.match(wordPattern) ?? [];
  if (unit === 'words') return words.length;
  let count = 0;
  for (const word of words) {
    let inRun = false;
    for (const character of word) {
      if (hanCharacter.test(character)) {
        count += 1;
        inRun = false;
      } else if (!inRun) {
        count += 1;
        inRun = true;
      }
    }
  }
  return count;
}

/** Whole minutes to read a text at a rate: the nearest whole number, and at least one. */
export function readingMinutes(text: string, rate: ReadingRate): number {
  return totalReadingMinutes([{ text, rate }]);
}

/**
 * Whole minutes to read several texts, each at its own rate (a page in one
 * language listing a section in another): the parts are added before
 * rounding, so the whole is not the sum of rounded parts.
 */
export function totalReadingMinutes(parts: readonly { text: string; rate: ReadingRate }[]): number {
  const minutes = parts.reduce((sum, { text, rate }) => sum + countReadingUnits(text, rate.unit) / rate.perMinute, 0);
  return Math.max(1, Math.round(minutes));
}

/** The words a reader reads in a page's blocks: every text block and every figure's caption. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks.map((block) => (block.kind === 'figure' ? block.figure.caption : toString(block.element))).join('\n');
}
