import { existsSync, readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { convertedLocales, locales, profileOf, sourceOf, writtenLocales, writtenSourceOf, type Locale } from '@/lib/i18n';
import { runChecks } from '@/lib/content/check';
import { translatedPairs } from '@/lib/content/check-helpers';
import { createConverter } from '@/lib/content/convert';
import { parseFrontMatter } from '@/lib/content/front-matter';
import { conversionOverrides, parseGlossary, resolveGlossary, type GlossaryInput } from '@/lib/content/glossary';
import { parseMarkdown, type MarkdownBlock } from '@/lib/content/markdown';
import { isWithinMarkdownLimits } from '@/lib/content/markdown-limits';
import { formatMessage, hasErrors, reportError, reportWarning, sortMessages } from '@/lib/content/report';
import { photoCreditLine, shownAlt, shownCredit } from '@/lib/content/figure-credits';
import { frontPageFrontMatterSchema, sectionFrontMatterSchema, type FigureCredit } from '@/lib/content/schema';
import type { Block, FrontPage, Page, Section, SectionEntry, SiteContent } from '@/lib/content/types';
import { noChanges, translationFreshness } from '@/lib/content/translation';
import { readImageFacts } from '@/lib/placeholder-image';
import { decodeContentFile, notUtf8Reason } from '@/lib/content/encoding';
import { findStrayFiles, imageFilePattern } from '@/lib/content/stray-files';
import { nearest, suggestionDistance } from '@/lib/content/edit-distance';
import { fieldPosition } from '@/lib/content/front-matter';
import { reservedSlugs } from '@/lib/routes';

/**
 * Thrown when the content has errors. Its message is the editor's report and
 * nothing else: the `path:line:column: error: …` lines and what to do. It
 * keeps no file (a logged error prints its properties, and the files' text
 * would fill the terminal) and no stack (the report is about the content, not
 * about our code, so `npm run dev` shows no source and no frames).
 */
export class ContentError extends Error {
  /** The `path:line:column: error: …` lines. */
  declare readonly messages: readonly string[];

  constructor(files: readonly VFile[]) {
    const errors = sortMessages(files).filter((message) => message.fatal === true).map(formatMessage);
    const count = `${errors.length} error${errors.length === 1 ? '' : 's'}`;
    super(
      `The content has ${count}: fix ${errors.length === 1 ? 'it' : 'them'} and save; the page shows again by itself (docs/editing.md explains each message).\n${errors.join('\n')}`,
    );
    this.name = 'ContentError';
    this.stack = `${this.name}: ${this.message}`;
    // Not enumerable: the terminal prints a logged error's own properties, and the lines are in the message already.
    Object.defineProperty(this, 'messages', { value: errors, enumerable: false });
  }
}

/** A section's file name without `.md`, which is also its address: lowercase letters, digits and hyphens. */
export const slugPattern = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The content root. Tests and editors' previews can point it elsewhere with
 * `CONTENT_DIR`; the site itself reads `content/`.
 */
export function contentRoot(): string {
  const override = process.env.CONTENT_DIR;
  // Content is read at build time only; the comment keeps the bundler from tracing the whole project for it.
  return override ? path.resolve(/*turbopackIgnore: true*/ override) : path.join(process.cwd(), 'content');
}

export interface ReadContentOptions {
  /**
   * Keep draft sections (`draft: true`) in the content. Drafts are read and
   * checked either way; left out, they are in no page, nav, sitemap or feed.
   */
  drafts?: boolean;
}

/** A page read from its file, before the loader files it by kind. */
type ReadPage = { kind: 'front-page'; page: FrontPage } | { kind: 'section'; page: Section } | null;

/**
 * Reads, validates and assembles all content under `root`. Returns every file
 * with its messages, and the content when there are no errors, so that a
 * checker can report everything at once and the site can refuse to build.
 *
 * The written locales (the original and its translations) are read from
 * `root/<locale>/` and checked; the generated ones (lib/i18n.ts) are then
 * made from their source's files, so they follow every change of the source
 * and are never stale, and the checks never report a problem twice.
 */
export async function readContent(
  root: string,
  { drafts = true }: ReadContentOptions = {},
): Promise<{ files: VFile[]; content: SiteContent | null }> {
  const files: VFile[] = [];
  const frontPages: Partial<Record<Locale, FrontPage>> = {};
  const sections = new Map<string, SectionEntry>();
  const add = (read: ReadPage) => {
    if (read?.kind === 'front-page') frontPages[read.page.locale] = read.page;
    if (read?.kind === 'section') {
      const entry = sections.get(read.page.slug) ?? { slug: read.page.slug, order: read.page.order, versions: {} };
      entry.versions[read.page.locale] = read.page;
      sections.set(read.page.slug, entry);
    }
  };

  for (const locale of writtenLocales) {
    const dir = path.join(root, profileOf(locale).segment);
    const names = existsSync(dir) ? (await readdir(dir)).filter((name) => name.endsWith('.md')).sort() : [];
    if (!names.includes('index.md')) {
      const missing = new VFile({ path: displayPath(path.join(dir, 'index.md')) });
      reportError(missing, `the ${locale} front page is missing: every language needs an index.md`, undefined, 'missing-front-page');
      files.push(missing);
    }
    for (const name of names) {
      const absolute = path.join(dir, name);
      const source = await readTextFile(absolute);
      files.push(source);
      if (source.value !== '' || source.messages.length === 0) add(await readPage(source, absolute, locale));
    }
  }
  applyDefaultCredits(frontPages, sections.values());
  for (const stray of await findStrayFiles(root)) {
    const file = new VFile({ path: displayPath(stray.path) });
    reportWarning(file, stray.reason, { line: 1, column: 1 }, 'stray-file');
    files.push(file);
  }

  const glossaryInput = await readGlossary(root, files);
  const converters = new Map(
    convertedLocales.map((locale) => {
      const { source } = profileOf(locale);
      if (source.kind !== 'conversion') throw new Error(`lib/i18n.ts: ${locale} is not generated`);
      return [locale, createConverter(source.converter, conversionOverrides(glossaryInput ?? [], locale))];
    }),
  );
  const convert = (locale: Locale, text: string) => converters.get(locale)?.(text) ?? text;
  const glossary = resolveGlossary(glossaryInput ?? [], convert);

  const ordered = () => [...sections.values()].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const images = await readImageNames(root);
  runChecks(
    { files, frontPages, sections: ordered(), glossary, images, imagesPath: displayPath(path.join(root, 'images')) },
    files,
  );
  if (hasErrors(files) || !glossaryInput) return { files, content: null };

  // Declaration order puts each source before the editions made from it.
  for (const locale of convertedLocales) {
    const from = sourceOf(locale);
    const sourcePages = [frontPages[from as Locale], ...[...sections.values()].map((entry) => entry.versions[from as Locale])];
    const generated: Partial<Record<Locale, FrontPage>> = {};
    const generatedSections = new Map<string, SectionEntry>();
    for (const page of sourcePages) {
      if (!page) continue;
      const original = files.find((candidate) => candidate.path === page.sourcePath);
      if (!original) continue;
      const edition = new VFile({ path: original.path, value: convert(locale, String(original.value)) });
      const read = await readPage(edition, path.resolve(original.path), locale);
      // A source that passed its checks converts cleanly; should it not, say so at the source, where the fix is.
      for (const message of edition.messages.filter((each) => each.fatal === true)) {
        reportError(original, `in the ${profileOf(locale).messageName} edition generated from this file: ${message.reason}`, message.place ?? undefined, message.ruleId ?? 'conversion');
      }
      add(read);
      if (read?.kind === 'front-page') generated[locale] = read.page;
      if (read?.kind === 'section') generatedSections.set(read.page.slug, { slug: read.page.slug, order: read.page.order, versions: { [locale]: read.page } });
    }
    applyDefaultCredits(generated, generatedSections.values());
  }

  const complete = locales.every((locale) => frontPages[locale]);
  if (hasErrors(files) || !complete) return { files, content: null };
  const published = frontPages as Record<Locale, FrontPage>;
  markStaleTranslations(published, ordered(), files);
  const shown = drafts ? ordered() : withoutDrafts(ordered());
  markPhotos(published, shown);
  return {
    files,
    content: {
      frontPages: published,
      sections: shown,
      glossary,
    },
  };
}

/** Sets each front page's `showsPhotos`: whether any page of that language shows a real photo. */
function markPhotos(frontPages: Record<Locale, FrontPage>, sections: SectionEntry[]): void {
  for (const locale of locales) {
    const pages = [frontPages[locale], ...sections.flatMap((entry) => entry.versions[locale] ?? [])];
    frontPages[locale].showsPhotos = pages.some((page) =>
      page.blocks.some((block) => block.kind === 'figure' && !block.figure.isPlaceholder),
    );
  }
}

/** Reads one content file of a locale: a front page (`index.md`) or a section; null when it has errors. */
async function readPage(file: VFile, absolute: string, locale: Locale): Promise<ReadPage> {
  const slug = path.basename(absolute).slice(0, -'.md'.length);
  // Measured before parsing: a file beyond the limits could take minutes, or overflow the stack.
  if (!isWithinMarkdownLimits(file)) return null;
  const parsed = whileReading(file, () => parseMarkdown(file, locale));
  if (!parsed) return null;
  const { frontMatter, blocks: written } = parsed;
  if (slug === 'index') {
    const data = parseFrontMatter(file, frontMatter, frontPageFrontMatterSchema);
    if (!data) return null;
    const { figures, ...fields } = data;
    const blocks = await resolveFigures(file, absolute, written, figures, data.defaultCredit, locale);
    return {
      kind: 'front-page',
      page: { ...fields, locale, sourcePath: file.path, blocks, translationIsStale: false, originalChanges: noChanges, showsPhotos: false },
    };
  }
  if (!slugPattern.test(slug)) {
    reportError(
      file,
      `"${slug}.md" is not a usable section name: use lowercase letters, digits and hyphens, such as "new-projects.md"`,
      { line: 1, column: 1 },
      'slug',
    );
    return null;
  }
  if ((reservedSlugs as readonly string[]).includes(slug)) {
    reportError(
      file,
      `"${slug}" is a name the site uses for its own pages (${reservedSlugs.join(', ')}): rename the file`,
      { line: 1, column: 1 },
      'slug',
    );
    return null;
  }
  const data = parseFrontMatter(file, frontMatter, sectionFrontMatterSchema);
  if (!data) return null;
  const { figures, ...fields } = data;
  const blocks = await resolveFigures(file, absolute, written, figures, null, locale);
  return { kind: 'section', page: { ...fields, slug, locale, sourcePath: file.path, blocks, translationIsStale: false, originalChanges: noChanges } };
}

/** A section's figures without a credit of their own take the default credit of the front page in the same language. */
function applyDefaultCredits(frontPages: Partial<Record<Locale, FrontPage>>, sections: Iterable<SectionEntry>): void {
  for (const entry of sections) {
    for (const section of Object.values(entry.versions)) {
      const fallback = frontPages[section.locale]?.defaultCredit ?? '';
      for (const block of section.blocks) {
        if (block.kind !== 'figure' || !block.figure.creditIsDefault) continue;
        block.figure.originalCredit = photoCreditLine({ credit: fallback }, section.locale);
        block.figure.credit = shownCredit({ credit: fallback }, block.figure.isPlaceholder, section.locale);
      }
    }
  }
}

/** The sections as the published site has them: draft versions removed, and sections left with none. */
function withoutDrafts(sections: SectionEntry[]): SectionEntry[] {
  return sections.flatMap((entry) => {
    const versions = Object.fromEntries(Object.entries(entry.versions).filter(([, section]) => !section.draft));
    return Object.keys(versions).length > 0 ? [{ ...entry, versions }] : [];
  });
}

/** Marks each translation whose original changed since it was translated, for the notice on the page. */
function markStaleTranslations(frontPages: Record<Locale, FrontPage>, sections: SectionEntry[], files: VFile[]): void {
  const source = (page: Page) => String(files.find((file) => file.path === page.sourcePath)?.value ?? '');
  for (const { original, translation } of translatedPairs({ frontPages, sections })) {
    const { state, changes } = translationFreshness(source(original), original.blocks, translation.originalVersion);
    translation.translationIsStale = state === 'stale';
    translation.originalChanges = changes;
  }
}

/** The images in the content's `images/` folder, for the check that each is shown somewhere. */
async function readImageNames(root: string): Promise<string[]> {
  const dir = path.join(root, 'images');
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((name) => /\.(jpe?g|png|webp)$/i.test(name)).sort();
}

/** Reads `glossary.yaml` when there is one; a content folder without a glossary simply has no terms. */
async function readGlossary(root: string, files: VFile[]): Promise<GlossaryInput[] | null> {
  const absolute = path.join(root, 'glossary.yaml');
  if (!existsSync(absolute)) return [];
  const file = await readTextFile(absolute);
  files.push(file);
  if (hasErrors([file])) return null;
  return parseGlossary(file);
}

/**
 * Reads a content file as UTF-8 text, without a byte-order mark. A file in
 * another encoding gets an error at its first bad byte and no text, so
 * nothing garbled is parsed, checked or published.
 */
async function readTextFile(absolute: string): Promise<VFile> {
  const decoded = decodeContentFile(await readFile(absolute));
  if (decoded.ok) return new VFile({ path: displayPath(absolute), value: decoded.text });
  const file = new VFile({ path: displayPath(absolute), value: '' });
  reportError(file, notUtf8Reason(decoded), { line: decoded.line, column: decoded.column }, 'encoding');
  return file;
}

/** Resolves each figure's image file, its size and placeholder mark, and its credit. */
async function resolveFigures(
  file: VFile,
  markdownPath: string,
  blocks: MarkdownBlock[],
  credits: Record<string, FigureCredit>,
  defaultCredit: string | null,
  locale: Locale,
): Promise<Block[]> {
  const used = new Set<string>();
  const usableNames = new Set<string>();
  const resolved: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'figure') {
      resolved.push(block);
      continue;
    }
    const written = decodePath(block.src);
    const imagePath = path.resolve(path.dirname(markdownPath), written ?? block.src);
    const name = path.basename(imagePath);
    used.add(name);
    const usable = () => usableNames.add(name);
    // A figure whose image cannot be used stays in the body, marked: the file has its error, and the block still pairs with its twin, so alignment stays quiet.
    const unusable = (reason: string | null) => {
      if (reason) reportError(file, reason, { line: block.line, column: 1 }, 'image');
      resolved.push({
        kind: 'figure',
        id: block.id,
        line: block.line,
        unusable: true,
        figure: { src: `/img/${name}`, alt: block.alt, caption: block.caption, credit: '', originalCredit: '', creditIsDefault: true, width: 0, height: 0, isPlaceholder: false },
      });
    };
    if (block.src === '') {
      // The figure's own message ("the image has no path") says it all.
      unusable(null);
      continue;
    }
    if (written === null) {
      unusable(`the image path "${block.src}" has a % that does not start an escape such as %20: write the file name as it is, such as ../images/name.jpg`);
      continue;
    }
    if (!existsSync(imagePath)) {
      const folder = path.dirname(imagePath);
      const likely = existsSync(folder) ? nearest(name, readdirSync(folder).filter((entry) => imageFilePattern.test(entry.toLowerCase())), suggestionDistance(name)) : null;
      const guess = likely ? `did you mean ${likely}? Otherwise ` : '';
      unusable(`image not found: ${displayPath(imagePath)}; ${guess}add the file, or correct the path (images live in content/images/, written as ../images/${name})`);
      continue;
    }
    let facts: Awaited<ReturnType<typeof readImageFacts>>;
    try {
      facts = await readImageFacts(imagePath);
    } catch (error) {
      const why = (error as Error).message.split(imagePath).join(displayPath(imagePath));
      unusable(`image cannot be read (${why}): save it again as a .jpg, .png or .webp image, or replace it`);
      continue;
    }
    usable();
    // A section's default credit is the front page's, filled in once every file is read (see readContent).
    const credit = credits[name] ?? { credit: defaultCredit ?? '' };
    resolved.push({
      kind: 'figure',
      id: block.id,
      line: block.line,
      figure: {
        src: `/img/${name}`,
        alt: shownAlt(block.alt, facts.isPlaceholder, locale),
        caption: block.caption,
        credit: shownCredit(credit, facts.isPlaceholder, locale),
        originalCredit: photoCreditLine(credit, locale),
        creditIsDefault: credits[name] === undefined,
        ...facts,
      },
    });
  }
  const shown = [...used];
  // A figure whose image is missing has its own error; its credit is most likely right and the figure's path wrong.
  const missing = shown.filter((name) => !usableNames.has(name));
  for (const name of Object.keys(credits)) {
    if (used.has(name)) continue;
    if (missing.length > 0) continue;
    const likely = nearest(name, shown.filter((candidate) => credits[candidate] === undefined)) ?? nearest(name, shown);
    const reason = likely
      ? `a credit is given for ${name}, but no figure in this file shows it, so its figure would be credited to the default: did you mean ${likely}? Write the key as the figure's file name`
      : `a credit is given for ${name}, but this file shows no figure: remove the credit, or add the figure`;
    reportError(
      file,
      reason,
      fieldPosition(file, ['figures', name]) ?? fieldPosition(file, ['figures']) ?? { line: 1, column: 1 },
      'figure-credit',
    );
  }
  return resolved;
}

/** A figure path as written, with its %-escapes decoded (Markdown keeps them); null when one is malformed. */
function decodePath(src: string): string | null {
  try {
    return decodeURI(src);
  } catch {
    return null;
  }
}

/**
 * Runs one step of reading a file and turns an exception into an error on
 * that file, so a file the parser cannot cope with is reported at its path
 * like any other problem instead of stopping the check with a stack trace.
 */
function whileReading<T>(file: VFile, step: () => T): T | null {
  try {
    return step();
  } catch (error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    reportError(
      file,
      `this file could not be read (${what.slice(0, 200)}): look for very deep nesting or long runs of marks, and see "Limits" in docs/editing.md`,
      { line: 1, column: 1 },
      'unreadable',
    );
    return null;
  }
}

function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute) || absolute;
}

let cached: Promise<SiteContent> | null = null;

/*
 * Development only: the last content that loaded without errors, the errors
 * of the content as saved since, and the report last printed. While an
 * editor fixes a file, the pages keep rendering the last good content and the
 * layout shows the editor's page of messages instead
 * (components/content-problems.tsx), so no render throws, Next shows no
 * overlay and logs no error of its own. Next evaluates this module once per
 * bundle (pages, metadata, the not-found page…), so the state lives on
 * `globalThis`, shared by all of them.
 */
interface DevelopmentState {
  lastGood: SiteContent | null;
  /** The errors of the content as saved; null while it has none. */
  error: ContentError | null;
  printedReport: string;
}
const developmentState: DevelopmentState = ((globalThis as { [key: symbol]: DevelopmentState })[
  Symbol.for('science-city.content')
] ??= { lastGood: null, error: null, printedReport: '' });

/**
 * The site's content, validated. Throws a `ContentError` listing every problem
 * when there is any, so a bad file stops the build instead of half a site
 * being published. Read once per process in production; re-read in
 * development so that saved edits show up, where a content error keeps the
 * last good content and is shown instead (`getContentProblems`).
 */
export function getContent(): Promise<SiteContent> {
  if (cached && process.env.NODE_ENV === 'production') return cached;
  // Drafts show in development, never in the production build.
  cached = readContent(contentRoot(), { drafts: process.env.NODE_ENV !== 'production' }).then(async ({ files, content }) => {
    const state = developmentState;
    if (!content) {
      const error = new ContentError(files);
      if (process.env.NODE_ENV !== 'development') throw error;
      state.error = error;
      // Started on a file with errors, there is nothing to render yet: the layout shows the messages alone.
      if (!state.lastGood) return (await import('next/navigation')).notFound();
      return state.lastGood;
    }
    state.lastGood = content;
    state.error = null;
    return content;
  });
  return cached;
}

/**
 * Development only: the `path:line:column: error: …` lines of the content as
 * saved, when it has errors (the pages then show its last good version, if
 * any has loaded); empty otherwise, and always empty in production, where an
 * error stops the build. The layouts ask on every render; the terminal gets
 * the report once per change. (Only they print it: Next also reads the
 * content in short-lived workers, for `generateStaticParams`.)
 */
export async function getContentProblems(): Promise<readonly string[]> {
  if (process.env.NODE_ENV !== 'development') return [];
  await getContent().catch(rethrowUnlessAwaitingContent);
  const state = developmentState;
  const report = state.error?.message ?? '';
  // Written to the terminal only: React would replay a `console.error` in the browser, where Next counts it as an issue of the code.
  if (report && report !== state.printedReport) process.stderr.write(`${report}\n`);
  state.printedReport = report;
  return state.error?.messages ?? [];
}

/** A section page's route parameters. */
export interface SectionParams {
  locale: Locale;
  slug: string;
}

/**
 * `generateStaticParams` of a section route: the pages `fromContent` finds in
 * the content. When `npm run dev` started on a file with errors, no content
 * has loaded yet; then every section file on disk has its page, so the
 * address the editor has open shows the messages (an export route must have
 * at least one page, and one missing would be a 404).
 */
export async function sectionParams(
  fromContent: (content: SiteContent) => SectionParams[],
): Promise<SectionParams[]> {
  const content = await getContent().catch(rethrowUnlessAwaitingContent);
  if (content) return fromContent(content);
  const root = contentRoot();
  return locales.flatMap((locale) => {
    const dir = path.join(root, profileOf(writtenSourceOf(locale)).segment);
    const slugs = (existsSync(dir) ? readdirSync(dir) : [])
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -'.md'.length));
    return slugs.filter((slug) => slugPattern.test(slug) && slug !== 'index').map((slug) => ({ locale, slug }));
  });
}

/** Lets through the signal `getContent` gives while no content has loaded in development; rethrows anything else. */
function rethrowUnlessAwaitingContent(error: unknown): undefined {
  if (developmentState.lastGood || !developmentState.error) throw error;
  return undefined;
}
