import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { locales, type Locale } from '@/lib/i18n';
import { runChecks, translatedPairs } from '@/lib/content/check';
import { parseFrontMatter } from '@/lib/content/front-matter';
import { glossarySchema, type GlossaryEntry } from '@/lib/content/glossary';
import { parseMarkdown, type MarkdownBlock, type TextBlock } from '@/lib/content/markdown';
import { hasErrors, reportError, reportWarning } from '@/lib/content/report';
import { photoCreditLine, shownAlt, shownCredit } from '@/lib/content/figure-credits';
import {
  frontPageFrontMatterSchema,
  sectionFrontMatterSchema,
  type FigureCredit,
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
  /** The alt text as shown: a drawn stand-in's says it is an illustration. */
  alt: string;
  caption: string;
  /** The credit as shown: the photo's own, or for a drawn stand-in, whose photo it stands for. */
  credit: string;
  /** The credit line of the photo itself, as printed with the article (摄/曾诚), whichever the file is. */
  originalCredit: string;
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

export type FrontPage = Page &
  Omit<FrontPageFrontMatter, 'figures'> & {
    /**
     * Whether the article shows any real photo in this language: the
     * footer's photo-credit note is about photos, so it is left out while
     * every figure is a drawn stand-in.
     */
    showsPhotos: boolean;
  };

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
      const { frontMatter, blocks: written } = parseMarkdown(file, locale);

      if (slug === 'index') {
        const data = parseFrontMatter(file, frontMatter, frontPageFrontMatterSchema);
        if (!data) continue;
        const { figures, ...fields } = data;
        const blocks = await resolveFigures(file, absolute, written, figures, data.defaultCredit, locale);
        frontPages[locale] = {
          ...fields,
          locale,
          sourcePath: file.path,
          blocks,
          translationIsStale: false,
          showsPhotos: false,
        };
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
      const blocks = await resolveFigures(file, absolute, written, figures, null, locale);
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
        if (block.kind !== 'figure' || !block.figure.creditIsDefault) continue;
        block.figure.originalCredit = photoCreditLine({ credit: fallback }, section.locale);
        block.figure.credit = shownCredit({ credit: fallback }, block.figure.isPlaceholder, section.locale);
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
  const shown = drafts ? ordered : withoutDrafts(ordered);
  markPhotos(published, shown);
  return {
    files,
    content: {
      frontPages: published,
      sections: shown,
      glossary: glossary ?? [],
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
  credits: Record<string, FigureCredit>,
  defaultCredit: string | null,
  locale: Locale,
): Promise<Block[]> {
  const used = new Set<string>();
  const resolved: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'figure') {
      resolved.push(block);
      continue;
    }
    const imagePath = path.resolve(path.dirname(markdownPath), decodeURI(block.src));
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
  for (const name of Object.keys(credits)) {
    if (!used.has(name)) {
      reportWarning(file, `a credit is given for ${name}, but no figure in this file shows it: remove it or check the name`, { line: 1, column: 1 }, 'figure-credit');
    }
  }
  return resolved;
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

