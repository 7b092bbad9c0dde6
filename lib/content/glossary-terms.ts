import type { Element, ElementContent, Text } from 'hast';
import { findTerms, type GlossaryEntry } from '@/lib/content/glossary';
import type { Block } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n';

/** What a marked term carries, so the page can explain it where it stands. */
export interface GlossaryMark {
  /** Unique on the page, also across the two columns of the bilingual view: `term-en-p3-1`. */
  id: string;
  entry: GlossaryEntry;
  /** The language of the text the term was found in, which decides what the explanation shows. */
  language: Locale;
}

declare module 'hast' {
  interface Data {
    glossary?: GlossaryMark;
  }
}

/**
 * The element a term is wrapped in. A renderer that does not know glossary
 * marks still shows the term, as a `<dfn>`, with its words unchanged.
 */
export const glossaryTermTagName = 'dfn';

/** The glossary mark of a node, when it is a marked term. */
export function glossaryMarkOf(node: Element | undefined): GlossaryMark | undefined {
  return node?.tagName === glossaryTermTagName ? node.data?.glossary : undefined;
}

/* A button inside a link or code would be wrong. */
const skippedTags = new Set(['a', 'code', 'pre', glossaryTermTagName]);

/** Whether a block's terms are explained in place: a switch over every kind, so a new kind must decide. */
function isMarkable(block: Block): block is Extract<Block, { kind: 'paragraph' | 'list' | 'quote' | 'table' }> {
  switch (block.kind) {
    case 'paragraph':
    case 'list':
    case 'quote':
    case 'table':
      return true;
    // Headings are not a place to stop and explain; code and rules hold no prose; a figure's words are its caption.
    case 'heading':
    case 'code':
    case 'rule':
    case 'figure':
      return false;
    default: {
      const unhandled: never = block;
      throw new Error(`no glossary rule for block ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * Marks the first occurrence on a page of each glossary term, so the page can
 * explain it in place: the Chinese original and a note on English pages, the
 * English name on Chinese ones. Once per page is enough to learn a term and
 * keeps the text calm. Pure: returns new blocks and leaves the loaded
 * (cached) content untouched.
 */
export function markGlossaryTerms(
  blocks: readonly Block[],
  glossary: readonly GlossaryEntry[],
  language: Locale,
): Block[] {
  const seen = new Set<string>();
  return blocks.map((block) => {
    if (!isMarkable(block)) return block;
    let count = 0;
    const markText = (node: Text): ElementContent[] | null => {
      const firsts = findTerms(node.value, glossary, language).filter((match) => {
        const term = match.entry[language];
        if (seen.has(term)) return false;
        seen.add(term);
        return true;
      });
      if (firsts.length === 0) return null;
      const pieces: ElementContent[] = [];
      let at = 0;
      for (const { entry, start, end } of firsts) {
        if (start > at) pieces.push({ type: 'text', value: node.value.slice(at, start) });
        pieces.push({
          type: 'element',
          tagName: glossaryTermTagName,
          properties: {},
          children: [{ type: 'text', value: node.value.slice(start, end) }],
          data: { glossary: { id: `term-${language}-${block.id}-${++count}`, entry, language } },
          // rehype-parse's types make ElementData's parser `position` required; an element made here has none.
        } as ElementContent);
        at = end;
      }
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      return pieces;
    };
    const element = markWithin(block.element, markText);
    return element === block.element ? block : { ...block, element };
  });
}

/** Rebuilds only the elements on the path to a change; untouched subtrees are shared, not copied. */
function markWithin(element: Element, markText: (node: Text) => ElementContent[] | null): Element {
  let changed = false;
  const children = element.children.flatMap((child): ElementContent[] => {
    if (child.type === 'text') {
      const pieces = markText(child);
      if (!pieces) return [child];
      changed = true;
      return pieces;
    }
    if (child.type === 'element' && !skippedTags.has(child.tagName)) {
      const next = markWithin(child, markText);
      if (next !== child) changed = true;
      return [next];
    }
    return [child];
  });
  return changed ? { ...element, children } : element;
}
