/**
 * Shows a glossary term's note in place. Each term in the text is a link to
 * its note in the page's list (components/glossary-list.tsx); with this
 * script the note is copied into one popover outside the paragraphs and
 * shown at the term: pinned by a click or a tap (a second one, Escape or a
 * click elsewhere closes it), and while the mouse is over the term or the
 * note or the term has keyboard focus. Focus stays on the term; screen
 * readers hear the note as the link's description either way. Without the
 * script the link jumps to the list, which links back.
 */
export function termHints(): void {
  const terms = document.querySelectorAll<HTMLAnchorElement>('a.glossary-term');
  if (terms.length === 0) return;
  const popover = document.createElement('div');
  popover.id = 'glossary-popover';
  popover.className = 'glossary-popover';
  popover.popover = 'manual';
  document.body.append(popover);
  for (const term of terms) {
    term.setAttribute('aria-controls', popover.id);
    term.setAttribute('aria-expanded', 'false');
  }

  let current: HTMLAnchorElement | null = null;
  let pinned = false;
  let timer = 0;

  const close = () => {
    clearTimeout(timer);
    current?.setAttribute('aria-expanded', 'false');
    if (popover.matches(':popover-open')) popover.hidePopover();
    current = null;
    pinned = false;
  };
  const open = (term: HTMLAnchorElement, pin: boolean) => {
    clearTimeout(timer);
    if (term !== current) {
      const note = document.getElementById(term.getAttribute('aria-describedby') ?? '');
      if (!note) return;
      close();
      // The list's language, which in the side-by-side view is its column's, not the page's.
      popover.lang = note.closest<HTMLElement>('[lang]')?.lang ?? '';
      popover.replaceChildren(...Array.from(note.childNodes, (node) => node.cloneNode(true)));
      popover.showPopover({ source: term });
      term.setAttribute('aria-expanded', 'true');
      current = term;
    }
    pinned ||= pin;
  };
  const closeSoon = () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const held = popover.matches(':hover') || current?.matches(':hover, :focus-visible');
      if (!pinned && !held) close();
    }, 250);
  };
  const termAt = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a.glossary-term') : null;

  document.addEventListener('click', (event) => {
    const term = termAt(event.target);
    if (term && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) {
      event.preventDefault();
      if (term === current && pinned) close();
      else open(term, true);
    } else if (current && !popover.contains(event.target as Node)) close();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) close();
  });
  document.addEventListener('pointerover', (event) => {
    const term = event.pointerType === 'mouse' ? termAt(event.target) : null;
    if (term) open(term, false);
    else if (popover.contains(event.target as Node)) clearTimeout(timer);
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'mouse' && (termAt(event.target) || popover.contains(event.target as Node))) closeSoon();
  });
  document.addEventListener('focusin', (event) => {
    const term = termAt(event.target);
    if (term?.matches(':focus-visible')) open(term, false);
  });
  document.addEventListener('focusout', (event) => {
    if (termAt(event.target) !== current) return;
    // Focus moving on (Tab) closes the note, so it never covers what has focus now; a click on the note keeps it.
    if (event.relatedTarget) close();
    else closeSoon();
  });
}
