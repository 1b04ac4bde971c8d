/**
 * Offline reading in the page, started by app-shell.ts: registers sw.js
 * with Workbox's own window library; when a new version is waiting, shows one
 * polite notice whose "Reload" lets the new worker take over, and every page
 * reloads on it, so no page runs on two builds. Then keeps the runtime cache
 * in step with the build (offline-cache.ts) and shows the save control.
 */
import { Workbox } from 'workbox-window';
import { controlled, syncOfflineCache, type OfflineSite } from './offline-cache';
import { initSaveOffline } from './save-offline';

export async function startOfflineReading(notice: HTMLElement): Promise<void> {
  const site = JSON.parse(notice.dataset.site ?? '{}') as OfflineSite;
  const workbox = new Workbox(notice.dataset.worker!, { scope: site.base });
  workbox.addEventListener('waiting', () => showNotice(notice, () => workbox.messageSkipWaiting()));
  // When a new version takes over (the reader said so here or in another tab), this page reloads on it.
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate) location.reload();
  });
  // A browser may refuse service workers (private windows, site settings): then the site stays online-only.
  const registration = await workbox.register().catch(() => undefined);
  if (!registration) return;
  const control = initSaveOffline(site);
  // On a first visit the worker takes this page over once it has stored the shell.
  await controlled();
  // Offline, or the network failing midway, leaves the cache as it was; a later page tries again.
  const done = () => control?.finish('');
  await syncOfflineCache(site, (n, total) => control?.progress(n, total, true)).then(done, done);
}

function showNotice(notice: HTMLElement, reload: () => void): void {
  if (notice.childElementCount > 0) return;
  const text = document.createElement('p');
  text.textContent = notice.dataset.text ?? '';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'text-button';
  button.textContent = notice.dataset.reload ?? 'Reload';
  button.addEventListener(
    'click',
    () => {
      button.disabled = true;
      reload();
    },
    { once: true },
  );
  notice.append(text, button);
}
