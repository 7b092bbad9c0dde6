import { z } from 'zod';
import { maxHeadlineLength } from '@/lib/seo/headline';

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

/**
 * A shorter headline for search results and structured data, where Google
 * takes at most 110 characters; without it the title is cut at a word.
 */
const headline = text('headline').max(maxHeadlineLength, {
  error: `headline must be at most ${maxHeadlineLength} characters (search engines cut longer ones): shorten it`,
});

/**
 * The date of the last change that matters to readers. Without it, the
 * file's last commit counts, so set it when a later commit only fixes a typo.
 */
const updated = isoDateTime.optional();

export const sectionFrontMatterSchema = z.strictObject({
  title: text('title'),
  headline: headline.optional(),
  shortTitle: text('shortTitle'),
  summary: text('summary'),
  updated,
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
  headline: headline.optional(),
  shortTitle: text('shortTitle'),
  summary: text('summary'),
  lead: text('lead'),
  author: text('author'),
  date: isoDateTime,
  updated,
  photoCredit: text('photoCredit'),
  defaultCredit: text('defaultCredit'),
  source: text('source'),
  figures: figureCredits,
  originalVersion,
});

export type SectionFrontMatter = z.infer<typeof sectionFrontMatterSchema>;
export type FrontPageFrontMatter = z.infer<typeof frontPageFrontMatterSchema>;
