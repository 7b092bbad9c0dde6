import type { Element, Root as HastRoot } from 'hast';
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
import { remarkBlockKinds, type BlockSpec } from '@/lib/content/plugins/remark-block-kinds';
import { remarkCharacters } from '@/lib/content/plugins/remark-characters';
import { remarkContentLinks } from '@/lib/content/plugins/remark-content-links';
import { remarkImagesAsFigures } from '@/lib/content/plugins/remark-images-as-figures';
import { remarkNoRawHtml } from '@/lib/content/plugins/remark-no-raw-html';

/** What every block has: an id shared with its twins in the other locales (`p3`), and its line in the file. */
interface BlockBase {
  id: string;
  line: number;
}

/** A block of prose: its sanitised HTML tree, ready to render. */
interface ElementBlock extends BlockBase {
  element: Element;
}

export interface ParagraphBlock extends ElementBlock {
  kind: 'paragraph';
}

export interface HeadingBlock extends ElementBlock {
  kind: 'heading';
  /** `##` is 2: level 1 is the page's title. */
  level: 2 | 3 | 4 | 5 | 6;
}

export interface ListBlock extends ElementBlock {
  kind: 'list';
  ordered: boolean;
}

export interface QuoteBlock extends ElementBlock {
  kind: 'quote';
}

export interface TableBlock extends ElementBlock {
  kind: 'table';
}

export interface CodeBlock extends ElementBlock {
  kind: 'code';
  /** The fence's info string, such as `ts`; null when none is given. */
  language: string | null;
}

export interface RuleBlock extends ElementBlock {
  kind: 'rule';
}

/** A block of text, one member per kind: a new kind is a new member, and every exhaustive switch asks for it. */
export type TextBlock = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | TableBlock | CodeBlock | RuleBlock;

/** A figure as written: a paragraph holding one image whose title is the caption. */
export interface MarkdownFigureBlock extends BlockBase {
  kind: 'figure';
  /** The image path as written, relative to the Markdown file. */
  src: string;
  alt: string;
  caption: string;
}

export type MarkdownBlock = TextBlock | MarkdownFigureBlock;

/** The kinds of block a content body is made of; twins must match kind for kind. */
export type BlockKind = MarkdownBlock['kind'];

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
    .use(remarkBlockKinds)
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
  // Each element is matched to the block kind remark-block-kinds recorded for the node it was made from.
  const specs = new Map((file.data.blockSpecs ?? []).map((placed) => [placed.offset, placed]));
  const counters = new Map<BlockKind, number>();
  const blocks: MarkdownBlock[] = [];

  for (const node of hast.children) {
    if (node.type !== 'element') continue;
    const placed = specs.get(node.position?.start.offset ?? -1);
    if (!placed) continue;
    const n = (counters.get(placed.spec.kind) ?? 0) + 1;
    counters.set(placed.spec.kind, n);
    const id = `${blockIdPrefix[placed.spec.kind]}${n}`;
    const block = toBlock(placed.spec, { id, line: placed.line }, node);
    if (block.kind !== 'figure') block.element.properties.id = id;
    blocks.push(block);
  }
  return { frontMatter, blocks };
}

/** A recorded block kind and the element made from its node, as one block. */
function toBlock(spec: BlockSpec, base: BlockBase, element: Element): MarkdownBlock {
  switch (spec.kind) {
    case 'figure':
      return { ...base, ...spec };
    case 'paragraph':
    case 'quote':
    case 'table':
    case 'rule':
      return { ...base, kind: spec.kind, element };
    case 'heading':
      return { ...base, kind: 'heading', level: spec.level, element };
    case 'list':
      return { ...base, kind: 'list', ordered: spec.ordered, element };
    case 'code':
      return { ...base, kind: 'code', language: spec.language, element };
    default: {
      const unhandled: never = spec;
      throw new Error(`no block for ${JSON.stringify(unhandled)}`);
    }
  }
}
