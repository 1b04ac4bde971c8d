/**
 * What makes the book an app, started once the page has settled: after the
 * load event, a few seconds and an idle moment later. Then the web app
 * manifest is linked (from its <template>) and offline reading starts
 * (offline-reading.ts, whose code only loads then).
 *
 * Why wait. Installing the worker stores the shell on another thread, but on
 * a two-core phone that thread still takes CPU from the page: a diagram at the
 * top of a chapter drew 150–250 ms slower (Lighthouse TBT) when both ran at
 * once. The manifest is a request during load that no reader needs before
 * choosing to install: linked from the start, it raised the same page's TBT
 * by 100–150 ms in Lighthouse's simulation. Installing needs neither earlier.
 */
const AFTER_LOAD_MS = 3000;

export function startAppShell(): void {
  // The dev server shares its address with `astro preview`: a worker installed there would answer here.
  if (import.meta.env.DEV) {
    void navigator.serviceWorker?.getRegistrations().then((registrations) => registrations.forEach((r) => void r.unregister()));
  }
  const settled = () => {
    const manifest = document.querySelector<HTMLTemplateElement>('template#web-manifest');
    if (manifest) document.head.append(manifest.content.cloneNode(true));
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
