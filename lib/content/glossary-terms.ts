import type { Element, ElementContent, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { findTerms, type GlossaryEntry } from '@/lib/content/glossary';
import type { Block } from '@/lib/content/types';
import { originalLocale, type Locale } from '@/lib/i18n';

/** What a marked term carries, so the page can link it to its note in the page's list of terms. */
export interface GlossaryMark {
  /** The entry's key, the same in every language and unique in the glossary: `jinfeng-shiyanshi`. */
  key: string;
  entry: GlossaryEntry;
  /** The language of the text the term was found in, which decides what the explanation shows. */
  language: Locale;
  /** The term as the text writes it. */
  term: string;
  /** The term follows another with nothing between them, so the page sets the two apart. */
  afterTerm: boolean;
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
 * Each entry's key, from its pinyin (or, without one, the original's name):
 * stable across languages and edits of the notes, so `#term-jinfeng-shiyanshi`
 * names the same term in every edition. Two entries that would share a key
 * get `-2`, `-3`…, in glossary order.
 */
export function glossaryKeys(glossary: readonly GlossaryEntry[]): Map<GlossaryEntry, string> {
  const keys = new Map<GlossaryEntry, string>();
  const taken = new Set<string>();
  for (const entry of glossary) {
    const base = slugOf(entry.pinyin ?? entry[originalLocale]) || 'term';
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    keys.set(entry, key);
  }
  return keys;
}

/** Lower-case ASCII words joined by hyphens; tone marks and ü fold to their letters, Chinese characters stay. */
function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Marks the first occurrence on a page of each glossary term, so the page can
 * link it to its note: the Chinese original (and its pinyin) on English pages,
 * the English name on Chinese ones. Once per page is enough to learn a term
 * and keeps the text calm. Pure: returns new blocks and leaves the loaded
 * (cached) content untouched.
 */
export function markGlossaryTerms(
  blocks: readonly Block[],
  glossary: readonly GlossaryEntry[],
  language: Locale,
): Block[] {
  const seen = new Set<string>();
  const keys = glossaryKeys(glossary);
  return blocks.map((block) => {
    if (!isMarkable(block)) return block;
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
        const afterTerm = start === at && pieces.length > 0;
        if (start > at) pieces.push({ type: 'text', value: node.value.slice(at, start) });
        const term = node.value.slice(start, end);
        const key = keys.get(entry) ?? '';
        pieces.push({
          type: 'element',
          tagName: glossaryTermTagName,
          properties: {},
          children: [{ type: 'text', value: term }],
          data: { glossary: { key, entry, language, term, afterTerm } },
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

/**
 * The terms a page marks, in the order the text first uses them: what the
 * page's list of terms holds, each once.
 */
export function glossaryMarksOf(blocks: readonly Block[]): GlossaryMark[] {
  const marks = new Map<string, GlossaryMark>();
  for (const block of blocks) {
    if (!isMarkable(block)) continue;
    visit(block.element, 'element', (node: Element) => {
      const mark = glossaryMarkOf(node);
      if (mark && !marks.has(mark.key)) marks.set(mark.key, mark);
    });
  }
  return [...marks.values()];
}
