import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { reportError } from '@/lib/content/report';

/**
 * What a top-level Markdown node is as a block of the article, decided on the
 * Markdown tree, where the author's intent is still visible (a lone image
 * is a figure; a level-1 heading is a mistake), not guessed from tag names
 * after sanitising. Each kind carries what is particular to it.
 */
export type BlockSpec =
  | { kind: 'paragraph' }
  | { kind: 'heading'; level: 2 | 3 | 4 | 5 | 6 }
  | { kind: 'list'; ordered: boolean }
  | { kind: 'quote' }
  | { kind: 'table' }
  | { kind: 'code'; language: string | null }
  | { kind: 'rule' }
  | { kind: 'figure'; src: string; alt: string; caption: string };

/** A block spec at the place its node starts, for the HTML element made from that node. */
export interface PlacedBlockSpec {
  spec: BlockSpec;
  /** The node's start offset in the file: the HTML element made from it starts there too. */
  offset: number;
  line: number;
}

declare module 'vfile' {
  interface DataMap {
    blockSpecs: PlacedBlockSpec[];
  }
}

/**
 * Records, in `file.data.blockSpecs`, the kind of every top-level block, and
 * reports what cannot be one (a level-1 heading, footnotes, an image among
 * text) at its line. Nodes that produce no block (front matter, raw HTML,
 * which remark-no-raw-html reports, link definitions) are passed over.
 */
export function remarkBlockKinds() {
  return (tree: Root, file: VFile) => {
    const specs: PlacedBlockSpec[] = [];
    for (const node of tree.children) {
      const spec = specOf(node, file);
      const start = node.position?.start;
      if (spec && start?.offset !== undefined) specs.push({ spec, offset: start.offset, line: start.line });
    }
    file.data.blockSpecs = specs;
  };
}

function specOf(node: RootContent, file: VFile): BlockSpec | null {
  switch (node.type) {
    case 'yaml':
    case 'html':
    case 'definition':
      return null;
    case 'paragraph':
      return figureOf(node.children, file) ?? { kind: 'paragraph' };
    case 'heading':
      if (node.depth === 1) {
        reportError(file, 'a heading of level 1 in the body: the page title comes from `title` in the front matter; use `##` for subheadings', node, 'block');
        return null;
      }
      return { kind: 'heading', level: node.depth };
    case 'list':
      return { kind: 'list', ordered: node.ordered === true };
    case 'blockquote':
      return { kind: 'quote' };
    case 'table':
      return { kind: 'table' };
    case 'code':
      return { kind: 'code', language: node.lang ?? null };
    case 'thematicBreak':
      return { kind: 'rule' };
    case 'footnoteDefinition':
      reportError(file, 'footnotes are not supported: put the note in the text, or in its own paragraph', node, 'block');
      return null;
    default:
      reportError(file, `unexpected ${node.type} block: use paragraphs, \`##\` headings, lists, quotes, tables and figures`, node, 'block');
      return null;
  }
}

/** A paragraph whose only content is one image is a figure; an image among text is an error. */
function figureOf(children: PhrasingContent[], file: VFile): BlockSpec | null {
  const meaningful = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const images = meaningful.filter((child) => child.type === 'image');
  const [image] = images;
  if (!image || image.type !== 'image') return null;
  if (meaningful.length > 1) {
    reportError(file, 'an image must stand alone in its paragraph to become a figure: put a blank line before and after it', image, 'figure');
    // Reported, and kept as the paragraph it is, so the rest of the file is checked as written.
    return null;
  }
  const src = image.url.trim();
  const alt = (image.alt ?? '').trim();
  const caption = (image.title ?? '').trim();
  if (!src) reportError(file, 'the image has no path: write ![description](../images/name.jpg "caption")', image, 'figure');
  if (!alt) reportError(file, 'the image has no description (alt text): describe what it shows between the brackets, ![like this](…)', image, 'figure');
  if (!caption) reportError(file, 'the figure has no caption: add it in quotes after the path, ![…](../images/name.jpg "caption")', image, 'figure');
  return { kind: 'figure', src, alt, caption };
}
