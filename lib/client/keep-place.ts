/**
 * Keeps the reader's place across languages and views. Links marked
 * `data-keep-place` (the language switch, the bilingual toggle) get, as
 * their fragment, the id of the block the reader is at; the twin in the
 * other page has the same id, so that page opens there. Without JavaScript
 * they stay plain links to the top of the other page.
 *
 * The place is read when the link is about to be used (pointed at, pressed,
 * focused, clicked, or opened from its context menu), never from an earlier
 * scroll event: a reader who scrolls and switches at once still lands on
 * what they were reading, and the address a browser shows for the link on
 * hover is where it leads.
 */
export function keepPlace(): void {
  const update = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-keep-place]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const url = new URL(link.href);
    url.hash = currentBlockId();
    link.setAttribute('href', url.pathname + url.search + url.hash);
  };
  // Capture, so the href is right before any other listener or the browser's default action reads it.
  for (const type of ['pointerover', 'pointerdown', 'focusin', 'click', 'auxclick', 'contextmenu']) {
    document.addEventListener(type, update, { capture: true });
  }
}

/**
 * The block at the top of the reading area: the first whose bottom is below
 * the line a fragment lands a block on (the page's scroll padding, under the
 * sticky header), so landing and reading back give the same block. None
 * while the first block is still wholly in view: the other page then opens
 * at its top, title and all.
 */
function currentBlockId(): string {
  const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-blocks] > [id]')];
  const index = blocks.findIndex((block) => block.getBoundingClientRect().bottom > line + 1);
  if (index === -1) return blocks.at(-1)?.id ?? '';
  const block = blocks[index] as HTMLElement;
  return index === 0 && block.getBoundingClientRect().top >= line - 1 ? '' : block.id;
}
