import type { GlossaryEntry } from '@/lib/content/glossary';
import type { TextBlock } from '@/lib/content/markdown';

export type { TextBlock };
import type { FrontPageFrontMatter, SectionFrontMatter } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n';
import type { OriginalChanges } from '@/lib/content/translation';

export type { OriginalChanges };

/*
 * The content types, as the loader assembles them and every page, check and
 * query reads them. Kept apart from the loader so that what reads content
 * never imports the code that reads files.
 */

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
  /**
   * The image could not be found or read: the file has an error for it and is
   * never published; the block stays so that its twin still pairs with it.
   */
  unusable?: true;
}

/** One block of an article body, in the same position in both languages. */
export type Block = TextBlock | FigureBlock;

export interface Page {
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
  /** For a stale translation, what changed in its original (which blocks, by their shared ids); nothing otherwise. */
  originalChanges: OriginalChanges;
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

