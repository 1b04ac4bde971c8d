/**
 * Registers sw.js once the page has loaded and the browser is idle (installing
 * the worker downloads the shell, which must not compete with the page), with
 * Workbox's own window library. When a new version is waiting it shows one
 * polite notice; "Reload" lets the new worker take over, and every page
 * reloads on it, so no page runs on two builds. Each page the worker
 * controls then keeps the runtime cache in step (offline-cache.ts).
 */
import { controlled, syncOfflineCache, type OfflineSite } from './offline-cache';
import { initSaveOffline } from './save-offline';

export function registerServiceWorker(): void {
  // The dev server shares its address with `astro preview`: a worker installed there would answer here.
  if (import.meta.env.DEV) {
    void navigator.serviceWorker?.getRegistrations().then((registrations) => registrations.forEach((r) => void r.unregister()));
    return;
  }
  const notice = document.querySelector<HTMLElement>('.update-notice');
  if (!notice?.dataset.worker || !('serviceWorker' in navigator)) return;
  const site = JSON.parse(notice.dataset.site ?? '{}') as OfflineSite;
  const control = initSaveOffline();
  const start = async () => {
    const { Workbox } = await import('workbox-window');
    const workbox = new Workbox(notice.dataset.worker!, { scope: site.base });
    workbox.addEventListener('waiting', () => showNotice(notice, () => {
      workbox.addEventListener('controlling', () => location.reload());
      workbox.messageSkipWaiting();
    }));
    // A browser may refuse service workers (private windows, site settings): then the site stays online-only.
    const registration = await workbox.register().catch(() => undefined);
    if (!registration) return;
    control?.show();
    // On a first visit the worker takes this page over once it has stored the shell.
    await controlled();
    // Offline, or the network failing midway, leaves the cache as it was; a later page tries again.
    const done = () => control?.finish('');
    await syncOfflineCache(site, (n, total) => control?.progress(n, total, true)).then(done, done);
  };
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => void start(), { timeout: 3000 }) : setTimeout(() => void start(), 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

function showNotice(notice: HTMLElement, reload: () => void): void {
  if (notice.childElementCount > 0) return;
  const text = document.createElement('p');
  text.textContent = notice.dataset.text ?? '';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'text-button';
  button.textContent = notice.dataset.reload ?? 'Reload';
  button.addEventListener('click', () => {
    button.disabled = true;
    reload();
  }, { once: true });
  notice.append(text, button);
}
