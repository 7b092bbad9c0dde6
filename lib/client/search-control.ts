/*
 * The search buttons (the header's, and the section strip's on phones).
 * Without JavaScript they stay hidden (search needs a script); with it, they
 * are shown, and the first press loads the
 * dialog's code (lib/client/search.ts, a chunk of its own) before opening
 * the dialog, so a page that is never searched downloads nothing more.
 * The dialog is a native modal `<dialog>`: focus moves into it, Escape
 * closes it, and focus goes back to the button that opened it.
 */
export function searchControl(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-search-open]')];
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search]');
  if (buttons.length === 0 || !dialog) return;

  let ready: Promise<void> | undefined;
  let opener: HTMLButtonElement | undefined;
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => {
      opener = button;
      ready ??= import('@/lib/client/search').then(({ setUpSearch }) => setUpSearch(dialog));
      void ready.then(() => {
        dialog.showModal();
        dialog.querySelector<HTMLInputElement>('input[type="search"]')?.select();
      });
    });
  }
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A press on the backdrop (outside the panel) closes the dialog, as Escape does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => opener?.focus());
}
