/*
 * Pure steps from Pagefind's answers to what the search dialog shows: which
 * edition a result is in, which paragraph it links to, and its excerpt as
 * DOM nodes. Kept apart from the dialog so they can be tested on their own.
 */

/** An edition as the dialog knows it, from the data the page was rendered with (components/search-dialog.tsx). */
export interface SearchEdition {
  /** Pagefind's name for the edition's index: its `<html lang>` in lower case. */
  index: string;
  /** Its addresses begin with this: `/zh-hant`. */
  path: string;
  /** Its `<html lang>`. */
  lang: string;
  /** Its name in itself, as the language switch shows it. */
  name: string;
}

/** An element with an id on the page, as Pagefind records it: `location` is the word it starts at. */
export interface SearchAnchor {
  element: string;
  id: string;
  location: number;
}

/**
 * Block ids, as lib/content/markdown.ts gives them (`p5`, `fig2`, `q1`), with
 * the section prefix of the whole-article page (`labs-p5`): the places a
 * result can link to. Glossary notes and controls have ids too (`term-…`),
 * which are not places to read from.
 */
const blockId = /^(?:[a-z0-9-]+-)?(?:p|h|l|q|t|c|r|fig)\d+$/;

/** The edition an address belongs to: the one with the longest path it starts with. */
export function editionOf(url: string, editions: readonly SearchEdition[]): SearchEdition | undefined {
  return editions
    .filter(
      (edition) => url === edition.path || url.startsWith(`${edition.path}/`) || url.startsWith(`${edition.path}#`),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** What Pagefind gives of a matching page: its text as words, where the matches are, and its blocks. */
export interface SearchPageData {
  /**
   * The page's indexed text as Pagefind's excerpts are cut from it
   * (`raw_content`: `<` and `>` escaped; Chinese words delimited by
   * zero-width spaces, others by spaces), the words `locations` count.
   */
  content: string;
  /** Word positions of the matches in `content`. */
  locations: readonly number[];
  anchors: readonly SearchAnchor[];
}

/** A match placed in the page: the block it is in (absent when it is above every block) and an excerpt of it. */
export interface PlacedMatch {
  blockId: string | undefined;
  /** HTML, as Pagefind's own excerpts are: the page's escaped text with the matches in `<mark>`. */
  excerpt: string;
}

/**
 * Where to send the reader for a page's matches: the block holding the most
 * of them (the first such, on a tie), with an excerpt from that block only,
 * around its first match, so the excerpt shows what the link opens. Matches
 * in the headline or standfirst, above every block, count only when no block
 * has one.
 */
export function placeMatches(data: SearchPageData, excerptLength = 30): PlacedMatch {
  const zeroWidth = data.content.includes('\u200B');
  const words = zeroWidth ? data.content.split('\u200B') : data.content.split(/[^\S\uFEFF]+/);
  const joiner = zeroWidth ? '' : ' ';
  const blocks = data.anchors.filter((anchor) => blockId.test(anchor.id)).sort((a, b) => a.location - b.location);
  const blockAt = (location: number) => blocks.findLast((block) => block.location <= location);

  const counts = new Map<SearchAnchor | undefined, number>();
  for (const location of data.locations) {
    const block = blockAt(location);
    counts.set(block, (counts.get(block) ?? 0) + 1);
  }
  let chosen: SearchAnchor | undefined;
  let best = 0;
  for (const block of blocks) {
    const count = counts.get(block) ?? 0;
    if (count > best) {
      chosen = block;
      best = count;
    }
  }
  const from = chosen ? chosen.location : 0;
  const next = chosen ? blocks[blocks.indexOf(chosen) + 1] : blocks[0];
  const to = next ? next.location : words.length;
  const inside = data.locations.filter((location) => location >= from && location < to);
  const first = inside[0] ?? from;
  const start = Math.max(from, Math.min(first - Math.floor(excerptLength / 3), to - excerptLength));
  const end = Math.min(to, start + excerptLength);
  const marked = new Set(inside);
  const shown = words
    .slice(start, end)
    .map((word, index) => (marked.has(start + index) ? `<mark>${word}</mark>` : word));
  const excerpt = `${start > from ? '…' : ''}${shown.join(joiner).trim()}${end < to ? '…' : ''}`;
  return { blockId: chosen?.id, excerpt };
}

/** A page's address with a block's id as its fragment (`/en/labs#p5`), or the page's own without one. */
export function blockUrl(url: string, blockIdOfMatch: string | undefined): string {
  const page = url.replace(/#.*$/, '');
  return blockIdOfMatch ? `${page}#${blockIdOfMatch}` : page;
}

/**
 * Pagefind's excerpt as DOM nodes: text and `<mark>` only. The excerpt is
 * HTML (the page's text, escaped, with the matches in `<mark>`); it is parsed
 * in an inert document and rebuilt from its text, so nothing else in it can
 * reach the page, whatever a page's text held.
 */
export function excerptNodes(excerpt: string, document: Document): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  const nodes: Node[] = [];
  for (const node of parsed.body.childNodes) {
    const text = node.textContent ?? '';
    if (!text) continue;
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = text;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(text));
    }
  }
  return nodes;
}

/** Results in the reader's edition first, then the others in the order the editions are listed; stable within each. */
export function orderByEdition<Result extends { edition: SearchEdition | undefined }>(
  results: readonly Result[],
  readerEdition: SearchEdition,
  editions: readonly SearchEdition[],
): { own: Result[]; others: Result[] } {
  const rank = (result: Result) => (result.edition ? editions.indexOf(result.edition) : editions.length);
  const own = results.filter((result) => result.edition === readerEdition);
  const others = results
    .filter((result) => result.edition !== readerEdition)
    .map((result, index) => ({ result, index }))
    .sort((a, b) => rank(a.result) - rank(b.result) || a.index - b.index)
    .map(({ result }) => result);
  return { own, others };
}
