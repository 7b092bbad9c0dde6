/**
 * Opens a glossary note on mouse hover and on keyboard focus, for readers
 * who point or tab rather than tap. The notes are native popovers: without
 * JavaScript a click, a tap or Enter still opens them. A note opened by a
 * click stays until dismissed (Escape, or a click elsewhere); one opened by
 * hover stays while the pointer is over the term or the note, so it can be
 * read and selected.
 */
export function termHints(): void {
  let pinned: Element | null = null;
  let timer = 0;

  const show = (term: Term) => {
    clearTimeout(timer);
    if (!term.note.matches(':popover-open')) term.note.showPopover({ source: term.button });
  };
  const hideSoon = (term: Term) => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      // The note is in the top layer, where hovering it does not count as hovering the term around it.
      const held = term.root.matches(':hover') || term.note.matches(':hover') || term.button.matches(':focus-visible');
      if (term.note !== pinned && !held && term.note.matches(':popover-open')) term.note.hidePopover();
    }, 250);
  };

  document.addEventListener('pointerover', (event) => {
    const term = event.pointerType === 'mouse' ? termAt(event.target) : null;
    if (term && !term.note.contains(event.target as Node)) show(term);
  });
  document.addEventListener('pointerout', (event) => {
    const term = event.pointerType === 'mouse' ? termAt(event.target) : null;
    if (term) hideSoon(term);
  });
  document.addEventListener('focusin', (event) => {
    const term = termAt(event.target);
    if (term?.button.matches(':focus-visible')) show(term);
  });
  document.addEventListener('focusout', (event) => {
    const term = termAt(event.target);
    if (term) hideSoon(term);
  });
  document.addEventListener('click', (event) => {
    pinned = termAt(event.target)?.note ?? pinned;
  });
  document.addEventListener(
    'toggle',
    (event) => {
      if ((event as ToggleEvent).newState === 'closed' && event.target === pinned) pinned = null;
    },
    { capture: true },
  );
}

interface Term {
  /** Holds the words, the button and the note. */
  root: Element;
  button: HTMLElement;
  note: HTMLElement;
}

/** The glossary term (its words, button and note) an event happened on. */
function termAt(target: EventTarget | null): Term | null {
  const root = target instanceof Element ? target.closest('.glossary') : null;
  const button = root?.querySelector<HTMLElement>(':scope > .glossary-term');
  const note = root?.querySelector<HTMLElement>(':scope > .glossary-note');
  return root && button && note ? { root, button, note } : null;
}
