/**
 * What the page asks of the service worker's runtime cache (named by
 * bookCacheName): fetching files through the worker, which stores them with
 * its Workbox strategies, and, after a new version took over, fetching again
 * what the reader keeps and deleting what the new build no longer has.
 */
import { refreshPlan, type OfflineBook } from '../shared/offline-book';

export interface OfflineSite {
  /** The site's base path: `/`, `/guide/`. */
  base: string;
  /** The runtime cache's name. */
  cache: string;
  /** Each language's saved-book list, by locale: `/offline/zh.json`. */
  lists: Record<string, string>;
}

const CONCURRENCY = 6;

/** Resolves once a service worker controls this page (the first one claims its pages as soon as it is active). */
export async function controlled(): Promise<void> {
  if (navigator.serviceWorker.controller) return;
  await navigator.serviceWorker.ready;
  if (navigator.serviceWorker.controller) return;
  await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
}

export async function readBook(url: string): Promise<OfflineBook> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as OfflineBook;
}

/**
 * Fetches every file (paths relative to `base`) through the worker, a few at a
 * time, reporting each one done; throws on the first that fails. A page the
 * worker answers with the offline page instead is a failure too.
 */
export async function fetchAll(base: string, files: readonly string[], done: (bytes: number) => void = () => {}): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const url = new URL(`${base}${files[next++]}`, location.href);
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok || !sameFile(response, url)) throw new Error(`${url.pathname}: ${response.status}`);
      done((await response.arrayBuffer()).byteLength);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
}

/** False when the worker answered with another page (the offline page, because the network failed). */
function sameFile(response: Response, url: URL): boolean {
  if (!response.url) return true;
  const got = new URL(response.url).pathname;
  return got === url.pathname || got === `${url.pathname}index.html`;
}

const versionKey = (site: OfflineSite) => `offline:${site.base}:version`;
const savedKey = (site: OfflineSite) => `offline:${site.base}:saved`;

/** The languages whose whole book the reader saved. */
export function savedLocales(site: OfflineSite): string[] {
  try {
    return JSON.parse(localStorage.getItem(savedKey(site)) ?? '[]') as string[];
  } catch {
    return [];
  }
}

export function markSaved(site: OfflineSite, locale: string, version: string): void {
  localStorage.setItem(savedKey(site), JSON.stringify([...new Set([...savedLocales(site), locale])]));
  localStorage.setItem(versionKey(site), version);
}

/** Paths, relative to the site's root, of what the runtime cache holds. */
async function cachedPaths(site: OfflineSite): Promise<{ cache: Cache; paths: string[]; keys: Map<string, Request[]> }> {
  const cache = await caches.open(site.cache);
  const root = new URL(site.base, location.href).href;
  const keys = new Map<string, Request[]>();
  for (const request of await cache.keys()) {
    if (!request.url.startsWith(root)) continue;
    const path = request.url.slice(root.length).replace(/[?#].*$/, '');
    keys.set(path, [...(keys.get(path) ?? []), request]);
  }
  return { cache, paths: [...keys.keys()], keys };
}

/**
 * Run on each page the worker controls. Keeps the page being read and what
 * it needs (on a first visit they came before the worker did). After a new
 * version took over, fetches again the saved books and the opened pages from
 * the new build, then deletes the rest: the cache holds one build, never a
 * pile of them. Offline, it changes nothing and tries again on a later page.
 */
export async function syncOfflineCache(site: OfflineSite, progress?: (done: number, total: number) => void): Promise<void> {
  const locales = Object.keys(site.lists);
  const books = await Promise.all(locales.map((locale) => readBook(site.lists[locale]!)));
  const version = books[0]!.version;
  const { cache, paths, keys } = await cachedPaths(site);
  const current = new URL(location.href).pathname.slice(site.base.length);
  const stored = localStorage.getItem(versionKey(site));
  if (stored === version || stored === null) {
    localStorage.setItem(versionKey(site), version);
    // What this page needs that is not stored yet (diagram code a reader has not scrolled to, say).
    // Workbox's router stores the URLs a CACHE_URLS message lists, each with its route's strategy,
    // and keeps at it after this page is left, as a reader soon does.
    const missing = refreshPlan([current], books, []).fetch.filter((file) => !paths.includes(file));
    if (missing.length === 0) return;
    navigator.serviceWorker.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: missing.map((file) => `${site.base}${file}`) } });
    return;
  }
  const saved = savedLocales(site);
  const savedBooks = books.filter((_, i) => saved.includes(locales[i]!));
  const plan = refreshPlan([...paths, current], books, savedBooks);
  // A saved book being brought up to date shows its progress, as saving it did.
  const report = savedBooks.length > 0 ? progress : undefined;
  let done = 0;
  report?.(0, plan.fetch.length);
  await fetchAll(site.base, plan.fetch, () => report?.(++done, plan.fetch.length));
  for (const path of plan.drop) for (const request of keys.get(path) ?? []) await cache.delete(request);
  localStorage.setItem(versionKey(site), version);
}
