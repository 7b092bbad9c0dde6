import { z } from 'zod';

/**
 * Front matter of the content files: the single source of the content types.
 * Objects are strict so that a misspelt field is reported rather than ignored.
 */

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/** Credits by image file name: figures are written in the body, their credit here. */
const figureCredits = z
  .record(
    z.string().regex(/^[\w.-]+\.(jpe?g|png|webp)$/i, {
      error: 'figure keys are image file names, such as jinfeng-laboratory.jpg',
    }),
    z.strictObject({ credit: text('credit') }),
  )
  .default({});

const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'write a date and time with its offset, such as "2023-03-08T08:00:00+08:00"',
});

/**
 * In a translation: the version of the original it translates, written by
 * `npm run content:translated -- <slug>` (see lib/content/translation.ts).
 * When the original changes, the check warns and the page says so.
 */
const originalVersion = z
  .string({ error: 'originalVersion must be text' })
  .regex(/^[0-9a-f]{12}$/, {
    error: 'originalVersion is written by `npm run content:translated -- <slug>`: do not edit it by hand, run that command',
  })
  .optional();

/** A draft shows in `npm run dev` with a banner and is left out of the production build. */
const draft = z.boolean({ error: 'draft is true or false, without quotes' }).default(false);

export const sectionFrontMatterSchema = z.strictObject({
  title: text('title'),
  shortTitle: text('shortTitle'),
  summary: text('summary'),
  order: z.int({ error: 'order must be a whole number: 1 for the first section' }).positive({
    error: 'order must be 1 or more',
  }),
  figures: figureCredits,
  draft,
  originalVersion,
});

export const frontPageFrontMatterSchema = z.strictObject({
  kicker: z.array(text('each kicker line')).default([]),
  title: text('title'),
  shortTitle: text('shortTitle'),
  summary: text('summary'),
  lead: text('lead'),
  author: text('author'),
  date: isoDateTime,
  photoCredit: text('photoCredit'),
  defaultCredit: text('defaultCredit'),
  source: text('source'),
  figures: figureCredits,
  originalVersion,
});

export type SectionFrontMatter = z.infer<typeof sectionFrontMatterSchema>;
export type FrontPageFrontMatter = z.infer<typeof frontPageFrontMatterSchema>;
