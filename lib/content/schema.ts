import { z } from 'zod';
import { refuseForbiddenCharacters } from '@/lib/content/characters';
import { maxHeadlineLength } from '@/lib/seo/headline';
import { writtenLocales, type Locale } from '@/lib/i18n';


/**
 * Front matter of the content files: the single source of the content types.
 * Objects are strict so that a misspelt field is reported rather than ignored.
 */

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .superRefine(refuseForbiddenCharacters);

/**
 * A figure's credit: the photographer's name, from which each language writes
 * its own line (摄/曾诚, "Photo: Zeng Cheng", and for a drawn stand-in "原图：曾诚摄"),
 * or the whole credit line when it names no photographer.
 */
const figureCredit = z
  .strictObject({ photographer: text('photographer').optional(), credit: text('credit').optional() })
  .refine((entry) => (entry.photographer === undefined) !== (entry.credit === undefined), {
    error:
      'give a figure either photographer (a name, such as "曾诚") or credit (a whole credit line, such as "新华社供图"), exactly one of the two',
  });

export type FigureCredit = z.infer<typeof figureCredit>;

/** Credits by image file name: figures are written in the body, their credit here. */
const figureCredits = z
  .record(
    z.string().regex(/^[\w.-]+\.(jpe?g|png|webp)$/i, {
      error: 'figure keys are image file names, such as jinfeng-laboratory.jpg',
    }),
    figureCredit,
  )
  .default({});

const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'write a date and time with its offset, such as "2023-03-08T08:00:00+08:00"',
});

/**
 * Where the article gives a number: a section and a block id, such as
 * `labs#p5` (the fifth paragraph of labs.md). The front page links each
 * figure there, and the build checks that the block exists.
 */
const blockReference = z.string({ error: 'source must be text' }).regex(/^[a-z0-9][a-z0-9-]*#[a-z]+[1-9]\d*$/, {
  error: 'write the section and the block the number comes from, such as "labs#p5" (the fifth paragraph of labs.md)',
});

/** A `source` split: `labs#p5` is section `labs`, block `p5`. */
export function parseBlockReference(reference: string): { slug: string; blockId: string } {
  const [slug = '', blockId = ''] = reference.split('#');
  return { slug, blockId };
}

const amount = (what: string) =>
  z
    .number({ error: `${what} must be a number without quotes, units or separators, such as 35150000000` })
    .positive({ error: `${what} must be more than 0` });

/**
 * One of the article's key figures, shown at a glance on the front page. The
 * number is data (the page formats it: 17万 in Chinese, 170,000 in English);
 * both languages must give the same value, qualifier and source.
 */
const keyFigure = z.strictObject({
  value: amount('value'),
  /** The article's own hedge, kept: 近17万 is "nearly 170,000", 190余 is "190+". */
  qualifier: z.enum(['nearly', 'more-than'], { error: 'qualifier is "nearly" or "more-than"' }).optional(),
  /** A Chinese measure word shown after the number (个, 项, 人); English puts it in the label. */
  unit: text('unit').optional(),
  label: text('label'),
  detail: text('detail').optional(),
  source: blockReference,
});

const investment = z.strictObject({
  label: text('label'),
  yuan: amount('yuan'),
  source: blockReference,
});

/** The investments the article names, for the front page's chart: a total and the named parts of it. */
const investments = z
  .strictObject({
    title: text('title'),
    total: investment,
    parts: z.array(investment).min(1, { error: 'parts lists at least one named project' }),
  })
  .refine(({ total, parts }) => parts.reduce((sum, part) => sum + part.yuan, 0) <= total.yuan, {
    error: 'the parts add up to more than the total: check the amounts',
    path: ['parts'],
  });

/**
 * In a translation: the version of the original it translates, written by
 * `npm run content:translated -- <slug>` (see lib/content/translation.ts).
 * When the original changes, the check warns and the page says so.
 */
const originalVersion = z
  .string({ error: 'originalVersion must be text' })
  // Per block (`fm:3be1a0 p1:9c2d4e …`), or the earlier form, one hash of the whole file.
  .regex(/^(?:[0-9a-f]{12}|fm:[0-9a-f]{6}(?: [a-z]+\d+:[0-9a-f]{6})*)$/, {
    error: 'originalVersion is written by `npm run content:translated -- <slug>`: do not edit it by hand, run that command',
  })
  .optional();

/**
 * A section written in one language only, on purpose: `only: zh`. Without
 * it, a section missing from a language is a warning, so that a misnamed
 * file (`talnet.md`) cannot quietly make a section one-language.
 */
const only = z
  .enum(writtenLocales as readonly Locale[] as [Locale, ...Locale[]], {
    error: `only names the one language the section is written in: ${writtenLocales.join(' or ')}`,
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
  only,
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
  keyFigures: z.array(keyFigure).default([]),
  investments: investments.optional(),
});

export type SectionFrontMatter = z.infer<typeof sectionFrontMatterSchema>;
export type FrontPageFrontMatter = z.infer<typeof frontPageFrontMatterSchema>;
export type KeyFigure = z.infer<typeof keyFigure>;
export type Investments = z.infer<typeof investments>;
