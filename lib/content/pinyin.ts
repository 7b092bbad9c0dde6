import { z } from 'zod';
import { refuseForbiddenCharacters } from '@/lib/content/characters';
import { locales, profileOf } from '@/lib/i18n';

/** The locales whose glossary notes give each name in pinyin: when there is one, every entry must have it. */
const pinyinLocales = locales.filter((locale) => profileOf(locale).glossaryPinyin);

const pinyinText = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? `the ${pinyinLocales.map((locale) => profileOf(locale).messageName).join(' and ')} notes give each name in pinyin: write it with tone marks, as pinyin: "Jīnfèng Shíyànshì"`
        : 'pinyin must be text',
  })
  .trim()
  .min(1, { error: 'pinyin must not be empty' })
  .superRefine(refuseForbiddenCharacters)
  .superRefine(checkPinyin);

/**
 * glossary.yaml's `pinyin` field: the original's name in Hanyu Pinyin with
 * tone marks, required when a locale's profile shows it (`glossaryPinyin`).
 */
export const pinyinField = pinyinLocales.length > 0 ? pinyinText : pinyinText.optional();

const toneMarked = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]/u;

/**
 * Pinyin as the notes show it: letters with tone marks (not tone numbers),
 * and a tone mark in every word, so an entry copied without its tones
 * ("Jinfeng Shiyanshi") is caught.
 */
function checkPinyin(value: string, context: z.RefinementCtx): void {
  if (/\d/.test(value)) {
    context.addIssue({ code: 'custom', message: `pinyin "${value}" has tone numbers: write tone marks instead (Jīnfèng, not Jin1feng4)` });
    return;
  }
  const stray = value.match(/[^a-zA-Züê ()'\-āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]/u);
  if (stray) {
    context.addIssue({ code: 'custom', message: `pinyin "${value}" holds "${stray[0]}": write only Latin letters with tone marks, spaces, hyphens, apostrophes and brackets` });
    return;
  }
  const words = value.split(/[\s\-()']+/).filter(Boolean);
  const unmarked = words.filter((word) => !toneMarked.test(word));
  if (unmarked.length > 0) {
    const which =
      unmarked.length === words.length
        ? `pinyin "${value}" has no tone marks`
        : `in pinyin "${value}", ${unmarked.map((word) => `"${word}"`).join(', ')} has no tone mark`;
    context.addIssue({
      code: 'custom',
      message: `${which}: mark the tone of each syllable (ā á ǎ à), as in "Jīnfèng Shíyànshì"`,
    });
  }
}
