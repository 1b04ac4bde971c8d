/**
 * Keeps, in the offline page's list (SavedPages.astro), the pages stored in
 * the service worker's runtime cache: those the reader opened or saved with
 * the book. Keys there carry no query string (src/offline/node/service-worker-config.ts).
 */
export async function showSavedPages(): Promise<void> {
  const section = document.querySelector<HTMLElement>('.saved-pages');
  if (!section?.dataset.cache || !('caches' in window)) return;
  const cache = await caches.open(section.dataset.cache);
  let saved = 0;
  for (const link of section.querySelectorAll<HTMLAnchorElement>('li a')) {
    const stored = await cache.match(new URL(link.getAttribute('href') ?? '', location.href).href);
    link.parentElement!.hidden = !stored;
    if (stored) saved += 1;
  }
  section.querySelector<HTMLElement>('.saved-some')!.hidden = saved === 0;
  section.querySelector<HTMLElement>('.saved-none')!.hidden = saved > 0;
  section.dataset.checked = '';
}
