'use client';

import { useEffect } from 'react';

/**
 * Keeps the reader's place across languages and views. Links marked
 * `data-keep-place` (the language switch, the bilingual toggle) get, as
 * their fragment, the id of the block the reader is at; the twin in the
 * other page has the same id, so that page opens there. Without JavaScript
 * they stay plain links to the top of the other page.
 */
export function KeepPlace() {
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const id = currentBlockId();
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-place]')) {
        const url = new URL(link.href);
        url.hash = id;
        link.setAttribute('href', url.pathname + url.search + url.hash);
      }
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    // A page restored from the back-forward cache keeps its scroll position but fires no scroll event.
    addEventListener('pageshow', schedule);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
      removeEventListener('pageshow', schedule);
    };
  }, []);
  return null;
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
