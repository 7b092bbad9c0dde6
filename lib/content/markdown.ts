import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { Locale } from '@/lib/i18n';
import { rehypeLabelTaskItems } from '@/lib/content/plugins/rehype-label-task-items';
import { remarkCharacters } from '@/lib/content/plugins/remark-characters';
import { remarkContentLinks } from '@/lib/content/plugins/remark-content-links';
import { remarkImagesAsFigures } from '@/lib/content/plugins/remark-images-as-figures';
import { remarkNoRawHtml } from '@/lib/content/plugins/remark-no-raw-html';
import { reportError } from '@/lib/content/report';

/** The kinds of block a content body is made of; twins in zh and en must match kind for kind. */
export type BlockKind = 'paragraph' | 'heading' | 'list' | 'quote' | 'table' | 'code' | 'rule' | 'figure';

/** A block of prose: its sanitised HTML tree, ready to render. */
export interface TextBlock {
  kind: Exclude<BlockKind, 'figure'>;
  /** Shared by a block and its twin in the other language, e.g. `p3` for the third paragraph. */
  id: string;
  element: Element;
  line: number;
}

/** A figure as written: a paragraph holding one image whose title is the caption. */
export interface MarkdownFigureBlock {
  kind: 'figure';
  id: string;
  /** The image path as written, relative to the Markdown file. */
  src: string;
  alt: string;
  caption: string;
  line: number;
}

export type MarkdownBlock = TextBlock | MarkdownFigureBlock;

export interface ParsedMarkdown {
  /** The YAML between the `---` lines, and the line it starts on (for error positions). */
  frontMatter: { yaml: string; firstLine: number } | null;
  blocks: MarkdownBlock[];
}

/**
 * The pipeline, in order. Sanitising comes right after the HTML tree is made
 * (so nothing written in a content file can add script, event handlers or
 * `javascript:` links), and every later step only adds what we trust.
 */
function createProcessor(locale: Locale) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkCharacters)
    .use(remarkImagesAsFigures)
    .use(remarkNoRawHtml)
    .use(remarkContentLinks, { locale })
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(rehypeLabelTaskItems, { locale });
}

const blockIdPrefix: Record<BlockKind, string> = {
  paragraph: 'p',
  heading: 'h',
  list: 'l',
  quote: 'q',
  table: 't',
  code: 'c',
  rule: 'r',
  figure: 'fig',
};

/**
 * Parses one content file into its front matter and an ordered list of blocks.
 * Problems are recorded on `file` as messages (fatal ones are errors); the
 * result is still returned so that every problem in a file is reported at once.
 */
export function parseMarkdown(file: VFile, locale: Locale): ParsedMarkdown {
  const processor = createProcessor(locale);
  const mdast = processor.parse(file) as MdastRoot;
  const yamlNode = mdast.children[0]?.type === 'yaml' ? mdast.children[0] : null;
  const frontMatter = yamlNode
    ? { yaml: yamlNode.value, firstLine: (yamlNode.position?.start.line ?? 1) + 1 }
    : null;

  const hast = processor.runSync(mdast, file) as HastRoot;
  const counters = new Map<BlockKind, number>();
  const blocks: MarkdownBlock[] = [];

  for (const node of hast.children) {
    if (node.type !== 'element') continue;
    const block = toBlock(node, file);
    if (!block) continue;
    const n = (counters.get(block.kind) ?? 0) + 1;
    counters.set(block.kind, n);
    block.id = `${blockIdPrefix[block.kind]}${n}`;
    if (block.kind !== 'figure') block.element.properties.id = block.id;
    blocks.push(block);
  }
  return { frontMatter, blocks };
}

function toBlock(element: Element, file: VFile): MarkdownBlock | null {
  const line = element.position?.start.line ?? 1;
  const text = (kind: TextBlock['kind']): TextBlock => ({ kind, id: '', element, line });
  switch (element.tagName) {
    case 'p':
      return toFigure(element, file, line) ?? text('paragraph');
    case 'h1':
      reportError(file, 'a heading of level 1 in the body: the page title comes from `title` in the front matter; use `##` for subheadings', element, 'block');
      return null;
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return text('heading');
    case 'ul':
    case 'ol':
      return text('list');
    case 'blockquote':
      return text('quote');
    case 'table':
      return text('table');
    case 'pre':
      return text('code');
    case 'hr':
      return text('rule');
    case 'section':
      reportError(file, 'footnotes are not supported: put the note in the text, or in its own paragraph', element, 'block');
      return null;
    default:
      reportError(file, `unexpected <${element.tagName}> block: use paragraphs, \`##\` headings, lists, quotes, tables and figures`, element, 'block');
      return null;
  }
}

/** A paragraph whose only content is one image is a figure; an image among text is an error. */
function toFigure(paragraph: Element, file: VFile, line: number): MarkdownFigureBlock | null {
  const meaningful = paragraph.children.filter((child) => !isBlankText(child));
  const images = meaningful.filter(
    (child): child is Element => child.type === 'element' && child.tagName === 'img',
  );
  if (images.length === 0) return null;
  if (meaningful.length > 1) {
    reportError(file, 'an image must stand alone in its paragraph to become a figure: put a blank line before and after it', images[0], 'figure');
    return null;
  }
  const image = images[0] as Element;
  const src = String(image.properties.src ?? '');
  const alt = String(image.properties.alt ?? '').trim();
  const caption = String(image.properties.title ?? '').trim();
  if (!src) reportError(file, 'the image has no path: write ![description](../images/name.jpg "caption")', image, 'figure');
  if (!alt) reportError(file, 'the image has no description (alt text): describe what it shows between the brackets, ![like this](…)', image, 'figure');
  if (!caption) reportError(file, 'the figure has no caption: add it in quotes after the path, ![…](../images/name.jpg "caption")', image, 'figure');
  return { kind: 'figure', id: '', src, alt, caption, line };
}

function isBlankText(node: ElementContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}
