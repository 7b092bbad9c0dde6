/*
 * The header's search button. Without JavaScript it stays hidden (search
 * needs a script); with it, it is shown, and its first press loads the
 * dialog's code (lib/client/search.ts, a chunk of its own) before opening
 * the dialog, so a page that is never searched downloads nothing more.
 * The dialog is a native modal `<dialog>`: focus moves into it, Escape
 * closes it, and focus goes back to the button.
 */
export function searchControl(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search]');
  if (!button || !dialog) return;
  button.hidden = false;

  let ready: Promise<void> | undefined;
  button.addEventListener('click', () => {
    ready ??= import('@/lib/client/search').then(({ setUpSearch }) => setUpSearch(dialog));
    void ready.then(() => {
      dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input[type="search"]')?.select();
    });
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A press on the backdrop (outside the panel) closes the dialog, as Escape does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => button.focus());
}
