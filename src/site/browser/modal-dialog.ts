/**
 * What the site's modal dialogs (search, diagram zoom) share, on top of the
 * native <dialog>, which already makes the page behind it inert and closes
 * on Escape: Tab stays inside, a click on the backdrop closes it, and closing
 * gives focus back to whatever opened it.
 */

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

const openers = new WeakMap<HTMLDialogElement, HTMLElement>();

/** Wires a dialog once, when it is created. */
export function setUpModal(dialog: HTMLDialogElement): void {
  trapFocus(dialog);
  dialog.addEventListener('click', (event) => {
    // The dialog itself is the target only outside its content, on the backdrop.
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => openers.get(dialog)?.focus());
}

/** Shows a dialog set up by setUpModal; focus returns to `opener` when it closes. */
export function openModal(dialog: HTMLDialogElement, opener: HTMLElement): void {
  openers.set(dialog, opener);
  dialog.showModal();
}

/**
 * Keeps Tab and Shift+Tab inside an open modal dialog. The browser makes the
 * page behind a modal <dialog> inert, but Tab past the last control still
 * leaves the document for the browser's own toolbar.
 */
function trapFocus(dialog: HTMLDialogElement): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.offsetParent !== null || el === document.activeElement,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
}
