import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { locales, type Locale } from '@/lib/i18n';
import { runChecks, translatedPairs } from '@/lib/content/check';
import { parseFrontMatter } from '@/lib/content/front-matter';
import { glossarySchema, type GlossaryEntry } from '@/lib/content/glossary';
import { parseMarkdown, type MarkdownBlock, type TextBlock } from '@/lib/content/markdown';
import { isWithinMarkdownLimits } from '@/lib/content/markdown-limits';
import { hasErrors, reportError, reportWarning } from '@/lib/content/report';
import {
  frontPageFrontMatterSchema,
  sectionFrontMatterSchema,
  type FrontPageFrontMatter,
  type SectionFrontMatter,
} from '@/lib/content/schema';
import { translationState } from '@/lib/content/translation';
import { readImageFacts } from '@/lib/placeholder-image';
import { reservedSlugs } from '@/lib/routes';

/** A figure ready to render: image facts read from the file, credit resolved. */
export interface Figure {
  /** The URL `next/image` is given; the image loader maps it to the pre-built sizes. */
  src: string;
  alt: string;
  caption: string;
  credit: string;
  /** True when the figure names no credit and the article's default applies. */
  creditIsDefault: boolean;
  width: number;
  height: number;
  /** A drawn stand-in for a photo we do not have; the page must say so. */
  isPlaceholder: boolean;
}

export interface FigureBlock {
  kind: 'figure';
  id: string;
  line: number;
  figure: Figure;
}

/** One block of an article body, in the same position in both languages. */
export type Block = TextBlock | FigureBlock;

interface Page {
  locale: Locale;
  /** The content file, relative to the working directory (for messages and `lastmod`). */
  sourcePath: string;
  blocks: Block[];
  /**
   * A translation whose original has changed since it was translated
   * (lib/content/translation.ts): its page says it may be behind. Always
   * false for the original.
   */
  translationIsStale: boolean;
}

export type FrontPage = Page & Omit<FrontPageFrontMatter, 'figures'>;

export type Section = Page & Omit<SectionFrontMatter, 'figures'> & { slug: string };

/** A section with the languages it exists in. */
export interface SectionEntry {
  slug: string;
  order: number;
  versions: Partial<Record<Locale, Section>>;
}

export interface SiteContent {
  frontPages: Record<Locale, FrontPage>;
  /** In reading order. */
  sections: SectionEntry[];
  glossary: GlossaryEntry[];
}

/** Thrown when the content has errors; its message is the compiler-style report. */
export class ContentError extends Error {
  constructor(readonly files: VFile[]) {
    const errors = files.flatMap((file) => file.messages.filter((message) => message.fatal === true));
    super(`The content has ${errors.length} error(s):\n${errors.map(String).join('\n')}`);
    this.name = 'ContentError';
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

/**
 * Reads, validates and assembles all content under `root`. Returns every file
 * with its messages, and the content when there are no errors, so that a
 * checker can report everything at once and the site can refuse to build.
 */
export async function readContent(
  root: string,
  { drafts = true }: ReadContentOptions = {},
): Promise<{ files: VFile[]; content: SiteContent | null }> {
  const files: VFile[] = [];
  const frontPages: Partial<Record<Locale, FrontPage>> = {};
  const sections = new Map<string, SectionEntry>();

  for (const locale of locales) {
    const dir = path.join(root, locale);
    const names = existsSync(dir) ? (await readdir(dir)).filter((name) => name.endsWith('.md')).sort() : [];
    if (!names.includes('index.md')) {
      const file = new VFile({ path: displayPath(path.join(dir, 'index.md')) });
      reportError(file, `the ${locale} front page is missing: every language needs an index.md`, undefined, 'missing-front-page');
      files.push(file);
    }
    for (const name of names) {
      const absolute = path.join(dir, name);
      const file = new VFile({ path: displayPath(absolute), value: await readFile(absolute, 'utf8') });
      files.push(file);
      const slug = name.slice(0, -'.md'.length);
      // Measured before parsing: a file beyond the limits could take minutes, or overflow the stack.
      if (!isWithinMarkdownLimits(file)) continue;
      const parsed = whileReading(file, () => parseMarkdown(file, locale));
      if (!parsed) continue;
      const { frontMatter, blocks: written } = parsed;

      if (slug === 'index') {
        const data = parseFrontMatter(file, frontMatter, frontPageFrontMatterSchema);
        if (!data) continue;
        const { figures, ...fields } = data;
        const blocks = await resolveFigures(file, absolute, written, figures, data.defaultCredit);
        frontPages[locale] = { ...fields, locale, sourcePath: file.path, blocks, translationIsStale: false };
        continue;
      }

      if (!slugPattern.test(slug)) {
        reportError(
          file,
          `"${name}" is not a usable section name: use lowercase letters, digits and hyphens, such as "new-projects.md"`,
          { line: 1, column: 1 },
          'slug',
        );
        continue;
      }
      if ((reservedSlugs as readonly string[]).includes(slug)) {
        reportError(
          file,
          `"${slug}" is a name the site uses for its own pages (${reservedSlugs.join(', ')}): rename the file`,
          { line: 1, column: 1 },
          'slug',
        );
        continue;
      }
      const data = parseFrontMatter(file, frontMatter, sectionFrontMatterSchema);
      if (!data) continue;
      const { figures, ...fields } = data;
      const blocks = await resolveFigures(file, absolute, written, figures, null);
      const entry = sections.get(slug) ?? { slug, order: data.order, versions: {} };
      entry.versions[locale] = { ...fields, slug, locale, sourcePath: file.path, blocks, translationIsStale: false };
      sections.set(slug, entry);
    }
  }

  // Default credits come from the front page of the same language, read above.
  for (const entry of sections.values()) {
    for (const section of Object.values(entry.versions)) {
      const fallback = frontPages[section.locale]?.defaultCredit ?? '';
      for (const block of section.blocks) {
        if (block.kind === 'figure' && block.figure.creditIsDefault) block.figure.credit = fallback;
      }
    }
  }

  const glossary = await readGlossary(root, files);

  const ordered = [...sections.values()].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const images = await readImageNames(root);
  runChecks(
    { files, frontPages, sections: ordered, glossary: glossary ?? [], images, imagesPath: displayPath(path.join(root, 'images')) },
    files,
  );

  if (hasErrors(files) || !frontPages.zh || !frontPages.en) return { files, content: null };
  const published = { zh: frontPages.zh, en: frontPages.en };
  markStaleTranslations(published, ordered, files);
  return {
    files,
    content: {
      frontPages: published,
      sections: drafts ? ordered : withoutDrafts(ordered),
      glossary: glossary ?? [],
    },
  };
}

/** The sections as the published site has them: draft versions removed, and sections left with none. */
function withoutDrafts(sections: SectionEntry[]): SectionEntry[] {
  return sections.flatMap((entry) => {
    const versions = Object.fromEntries(Object.entries(entry.versions).filter(([, section]) => !section.draft));
    return Object.keys(versions).length > 0 ? [{ ...entry, versions }] : [];
  });
}

/** Marks each English page whose Chinese original changed since it was translated, for the notice on the page. */
function markStaleTranslations(frontPages: Record<Locale, FrontPage>, sections: SectionEntry[], files: VFile[]): void {
  const source = (page: Page) => String(files.find((file) => file.path === page.sourcePath)?.value ?? '');
  for (const { original, translation } of translatedPairs({ frontPages, sections })) {
    translation.translationIsStale = translationState(source(original), translation.originalVersion) === 'stale';
  }
}

/** The images in the content's `images/` folder, for the check that each is shown somewhere. */
async function readImageNames(root: string): Promise<string[]> {
  const dir = path.join(root, 'images');
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((name) => /\.(jpe?g|png|webp)$/i.test(name)).sort();
}

/** Reads `glossary.yaml` when there is one; a content folder without a glossary simply has no terms. */
async function readGlossary(root: string, files: VFile[]): Promise<GlossaryEntry[] | null> {
  const absolute = path.join(root, 'glossary.yaml');
  if (!existsSync(absolute)) return [];
  const file = new VFile({ path: displayPath(absolute), value: await readFile(absolute, 'utf8') });
  files.push(file);
  return parseFrontMatter(file, { yaml: String(file.value), firstLine: 1 }, glossarySchema);
}

/** Resolves each figure's image file, its size and placeholder mark, and its credit. */
async function resolveFigures(
  file: VFile,
  markdownPath: string,
  blocks: MarkdownBlock[],
  credits: Record<string, { credit: string }>,
  defaultCredit: string | null,
): Promise<Block[]> {
  const used = new Set<string>();
  const resolved: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'figure') {
      resolved.push(block);
      continue;
    }
    const written = decodePath(block.src);
    if (written === null) {
      reportError(
        file,
        `the image path "${block.src}" has a % that does not start an escape such as %20: write the file name as it is, such as ../images/name.jpg`,
        { line: block.line, column: 1 },
        'image',
      );
      continue;
    }
    const imagePath = path.resolve(path.dirname(markdownPath), written);
    const name = path.basename(imagePath);
    used.add(name);
    if (!existsSync(imagePath)) {
      reportError(
        file,
        `image not found: ${displayPath(imagePath)}; add the file, or correct the path (images live in content/images/, written as ../images/${name})`,
        { line: block.line, column: 1 },
        'image',
      );
      continue;
    }
    let facts: Awaited<ReturnType<typeof readImageFacts>>;
    try {
      facts = await readImageFacts(imagePath);
    } catch (error) {
      reportError(file, `image cannot be read: ${(error as Error).message}`, { line: block.line, column: 1 }, 'image');
      continue;
    }
    const credit = credits[name]?.credit;
    resolved.push({
      kind: 'figure',
      id: block.id,
      line: block.line,
      figure: {
        src: `/img/${name}`,
        alt: block.alt,
        caption: block.caption,
        credit: credit ?? defaultCredit ?? '',
        creditIsDefault: credit === undefined,
        ...facts,
      },
    });
  }
  for (const name of Object.keys(credits)) {
    if (!used.has(name)) {
      reportWarning(file, `a credit is given for ${name}, but no figure in this file shows it: remove it or check the name`, { line: 1, column: 1 }, 'figure-credit');
    }
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

/**
 * The site's content, validated. Throws a `ContentError` listing every problem
 * when there is any, so a bad file stops the build instead of half a site
 * being published. Read once per process in production; re-read in
 * development so that saved edits show up.
 */
export function getContent(): Promise<SiteContent> {
  if (cached && process.env.NODE_ENV === 'production') return cached;
  // Drafts show in development, never in the production build.
  cached = readContent(contentRoot(), { drafts: process.env.NODE_ENV !== 'production' }).then(({ files, content }) => {
    if (!content) throw new ContentError(files);
    return content;
  });
  return cached;
}

