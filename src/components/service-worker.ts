/**
 * When to start offline reading (offline-reading.ts): after the load event,
 * a few seconds and an idle moment later, and only then loading its code.
 * Installing the worker stores the shell on another thread, but on a
 * two-core phone that thread still takes CPU from the page: a diagram at the
 * top of a chapter drew 150–250 ms slower (Lighthouse TBT) when both ran at
 * once. Off in `npm run dev`, which unregisters any worker instead.
 */
const AFTER_LOAD_MS = 3000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // The dev server shares its address with `astro preview`: a worker installed there would answer here.
  if (import.meta.env.DEV) {
    void navigator.serviceWorker.getRegistrations().then((registrations) => registrations.forEach((r) => void r.unregister()));
    return;
  }
  const notice = document.querySelector<HTMLElement>('.update-notice');
  if (!notice?.dataset.worker) return;
  const start = () => void import('./offline-reading').then((module) => module.startOfflineReading(notice));
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 3000 }) : start());
  const later = () => setTimeout(idle, AFTER_LOAD_MS);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
