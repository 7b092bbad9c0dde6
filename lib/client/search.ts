/*
 * The search dialog's behaviour, loaded only when a reader opens it
 * (lib/client/search-control.ts imports this chunk on the first open), with
 * Pagefind's script and index after it: a page that is never searched loads
 * none of it. The dialog itself is rendered at build (components/search-dialog.tsx).
 */
import { searchQueries } from '@/lib/client/search-query';
import {
  blockUrl,
  editionOf,
  excerptNodes,
  orderByEdition,
  placeMatches,
  type SearchEdition,
  type SearchPageData,
} from '@/lib/client/search-results';

/** The part of Pagefind's browser API (pagefind.js, 1.x) the dialog uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options: { language: string }): Promise<void>;
  search(query: string): Promise<{ results: { id: string; score: number; data(): Promise<PagefindData> }[] }>;
}

interface PagefindData extends Omit<SearchPageData, 'content'> {
  url: string;
  meta: { title?: string };
  /** The text the excerpts are cut from, with its word delimiters (`content` has the zero-width spaces taken out). */
  raw_content: string;
}

interface ShownResult {
  edition: SearchEdition | undefined;
  title: string;
  href: string;
  excerpt: string;
}

/** How many results are shown at most, over all editions. */
const shownResults = 12;
/** How long typing may pause before the query runs. */
const typingPause = 150;

let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind, started once: the reader's edition is its primary index (chosen
 * by `<html lang>`), the others merged in. A merged index is named by its
 * absolute URL, as Pagefind skips one whose path begins the primary's, and
 * all editions share one bundle.
 */
function loadPagefind(bundle: string, editions: readonly SearchEdition[], reader: SearchEdition): Promise<Pagefind> {
  pagefind ??= (async () => {
    const engine = (await import(
      /* the bundle is published beside the site, not bundled */ `${bundle}pagefind.js`
    )) as Pagefind;
    // On the page, not in a worker: the index is small, and the CSP names no worker source.
    await engine.options({ basePath: bundle, noWorker: true });
    await engine.init();
    for (const edition of editions) {
      if (edition !== reader) await engine.mergeIndex(new URL(bundle, location.href).href, { language: edition.index });
    }
    return engine;
  })();
  return pagefind;
}

/** Every query the reader's words become, merged by page: the best score of each page counts. */
async function runSearch(engine: Pagefind, typed: string): Promise<PagefindData[]> {
  const best = new Map<string, { score: number; data(): Promise<PagefindData> }>();
  for (const query of searchQueries(typed)) {
    for (const result of (await engine.search(query)).results) {
      const known = best.get(result.id);
      if (!known || result.score > known.score) best.set(result.id, result);
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const pages = await Promise.all(ranked.map((result) => result.data()));
  // A page that matches only in its metadata (the name of its first image file) has no words to show or link to.
  return pages.filter((data) => data.locations.length > 0).slice(0, shownResults);
}

function toShown(data: PagefindData, editions: readonly SearchEdition[]): ShownResult {
  const placed = placeMatches({ content: data.raw_content, locations: data.locations, anchors: data.anchors });
  return {
    edition: editionOf(data.url, editions),
    title: data.meta.title ?? data.url,
    href: blockUrl(data.url, placed.blockId),
    excerpt: placed.excerpt,
  };
}

function renderResult(result: ShownResult, reader: SearchEdition): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.href;
  link.className = 'search-result';
  const foreign = result.edition && result.edition !== reader ? result.edition : null;
  if (foreign) {
    link.lang = foreign.lang;
    link.hreflang = foreign.lang;
  }
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = result.title;
  link.append(title);
  if (foreign) {
    const mark = document.createElement('span');
    mark.className = 'search-result-edition';
    mark.lang = reader.lang;
    mark.textContent = foreign.name;
    link.append(' ', mark);
  }
  const excerpt = document.createElement('span');
  excerpt.className = 'search-result-excerpt';
  excerpt.append(...excerptNodes(result.excerpt, document));
  link.append(excerpt);
  item.append(link);
  return item;
}

/** Wires the dialog once: it searches as the reader types; a chosen result closes the dialog. */
export function setUpSearch(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !status || !list) return;
  const strings = dialog.dataset;
  const editions = JSON.parse(strings.editions ?? '[]') as SearchEdition[];
  const reader = editions.find((edition) => edition.lang === document.documentElement.lang) ?? editions[0];
  if (!reader) return;
  const bundle = strings.bundle ?? '/pagefind/';

  let latest = 0;
  const show = async () => {
    const typed = input.value;
    const run = ++latest;
    if (!typed.trim()) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = strings.loading ?? '';
    try {
      const engine = await loadPagefind(bundle, editions, reader);
      const found = (await runSearch(engine, typed)).map((data) => toShown(data, editions));
      if (run !== latest) return;
      const { own, others } = orderByEdition(found, reader, editions);
      const parts: HTMLElement[] = [];
      if (own.length > 0) {
        const ol = document.createElement('ol');
        ol.append(...own.map((result) => renderResult(result, reader)));
        parts.push(ol);
      }
      if (others.length > 0) {
        const heading = document.createElement('h3');
        heading.className = 'search-results-heading';
        heading.textContent = strings.otherEditions ?? '';
        const ol = document.createElement('ol');
        ol.append(...others.map((result) => renderResult(result, reader)));
        parts.push(heading, ol);
      }
      list.replaceChildren(...parts);
      status.textContent =
        found.length === 0
          ? (strings.none ?? '')
          : (strings.count ?? '{count}').replace('{count}', String(found.length));
    } catch (error) {
      if (run !== latest) return;
      list.replaceChildren();
      status.textContent = strings.failed ?? '';
      console.error(error);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('keydown', (event) => {
    // Escape in a search field only clears it; in this dialog it closes it, as it does everywhere else in the dialog.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
    // Enter searches at once, without the pause for typing (there is no form to submit: results show as one types).
    if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      void show();
    }
  });

  input.addEventListener('input', () => {
    // At once, not after the pause: what the status says is never about an earlier query.
    status.textContent = input.value.trim() ? (strings.loading ?? '') : '';
    clearTimeout(timer);
    timer = setTimeout(() => void show(), typingPause);
  });
  // A result leads to a paragraph, maybe on this very page: the dialog closes so the reader sees it.
  list.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) dialog.close();
  });
}
