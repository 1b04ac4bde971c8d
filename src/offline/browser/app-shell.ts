/**
 * Starts offline reading once the page has settled: after the load event, a
 * few seconds and an idle moment later (offline-reading.ts, whose code only
 * loads then).
 *
 * Why wait: installing the worker stores the shell on another thread, but on a
 * two-core phone that thread still takes CPU from the page, and a diagram at
 * the top of a chapter draws measurably slower when both run at once
 * (docs/performance.md). Offline reading needs nothing earlier.
 */
const AFTER_LOAD_MS = 3000;

export function startAppShell(): void {
  // The dev server shares its address with `astro preview`: a worker installed there would answer here.
  if (import.meta.env.DEV) {
    void navigator.serviceWorker?.getRegistrations().then((registrations) => registrations.forEach((r) => void r.unregister()));
  }
  const settled = () => {
    const notice = document.querySelector<HTMLElement>('.update-notice');
    if (notice?.dataset.worker && 'serviceWorker' in navigator && !import.meta.env.DEV) {
      void import('./offline-reading').then((module) => module.startOfflineReading(notice));
    }
  };
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(settled, { timeout: 3000 }) : settled());
  const later = () => setTimeout(idle, AFTER_LOAD_MS);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
