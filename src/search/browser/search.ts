/**
 * Opens the search dialog from the header button, Ctrl/⌘+K or "/". The
 * Pagefind UI and index load only when the dialog opens, or a moment before
 * when the pointer or focus reaches the button: a plain page load fetches
 * nothing of search. Closing it returns focus to where it was.
 */
import { openModal, setUpModal } from '../../site/browser/modal-dialog';

type SearchUi = typeof import('./search-ui');

// chapter-keys.ts has its own, wider check: a module shared by both would be
// one more request on every page (measured: +1 request, +0.4 KB).
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function initSearch(): void {
  const button = document.querySelector<HTMLButtonElement>('.search-button');
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  if (!button || !dialog) return;
  let ui: Promise<SearchUi> | undefined;
  const load = () => (ui ??= import('./search-ui'));

  const open = async () => {
    if (dialog.open) return;
    openModal(dialog, document.activeElement instanceof HTMLElement ? document.activeElement : button);
    const { mountSearch } = await load();
    await mountSearch(dialog);
  };

  button.addEventListener('click', () => void open());
  // Clear intent: start fetching the UI before the click lands.
  button.addEventListener('pointerenter', () => void load().then((m) => m.warmUp(dialog)), { once: true });
  button.addEventListener('focus', () => void load().then((m) => m.warmUp(dialog)), { once: true });
  setUpModal(dialog);
  dialog.querySelector('.search-close')?.addEventListener('click', () => dialog.close());

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.shiftKey || event.defaultPrevented) return;
    const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
    if (commandK || slash) {
      event.preventDefault();
      void open();
    }
  });

  // A link to `…#search` (the 404 page has them) opens search on arrival.
  if (location.hash === '#search') void open();

  // A reader who arrives from a search result sees the terms highlighted.
  if (new URLSearchParams(location.search).has('highlight')) {
    void import('./search-highlight').then((m) => m.highlightTerms(dialog.dataset.bundlePath ?? '/pagefind/'));
  }
}
