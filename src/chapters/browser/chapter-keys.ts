/**
 * ← and → go to the previous and next chapter, like turning a page; never
 * while the reader types in a field, holds a modifier key, has a dialog open,
 * or has focused a box that scrolls sideways (code, a wide table).
 */
export function initChapterKeys(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.isContentEditable || target?.closest('input, textarea, select, dialog[open], pre, .table-scroll, [role="slider"]')) return;
    if (document.querySelector('dialog[open]')) return;
    const link = document.querySelector<HTMLAnchorElement>(`.prev-next a[rel="${event.key === 'ArrowLeft' ? 'prev' : 'next'}"]`);
    if (!link) return;
    event.preventDefault();
    location.href = link.href;
  });
}
