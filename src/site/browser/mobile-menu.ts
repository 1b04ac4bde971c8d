/**
 * The chapter list becomes a menu on narrow screens. The button is a
 * disclosure: it opens the list, moves focus into it, and Escape or leaving
 * the list closes it and gives focus back to the button.
 */
export function initMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('.menu-button');
  const id = button?.getAttribute('aria-controls');
  const panel = id ? document.getElementById(id) : null;
  if (!button || !panel) return;

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean, restoreFocus: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    document.documentElement.toggleAttribute('data-menu-open', open);
    if (open) {
      (panel.querySelector<HTMLElement>('[aria-current="page"]') ?? panel.querySelector<HTMLElement>('a'))?.focus();
    } else if (restoreFocus) {
      button.focus();
    }
  };

  button.addEventListener('click', () => setOpen(!isOpen(), false));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      event.preventDefault();
      setOpen(false, true);
    }
  });
  // Tabbing or clicking out of the open menu closes it.
  panel.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (isOpen() && next && !panel.contains(next) && next !== button) setOpen(false, false);
  });
  // A wide screen shows the list anyway; never leave the page locked in "menu" state.
  matchMedia('(min-width: 50rem)').addEventListener('change', (event) => {
    if (event.matches && isOpen()) setOpen(false, false);
  });
}
