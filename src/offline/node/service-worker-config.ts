import path from 'node:path';
import type { GenerateSWOptions, ManifestEntry } from 'workbox-build';
import { defaultLocale, locales } from '../../i18n/locales';
import { bookCacheName, CACHE_ID } from '../shared/offline-book';

export interface ServiceWorkerInput {
  /** The built site's folder; `sw.js` is written there. */
  site: string;
  /** The site's base path: `/`, `/guide/`. The worker's scope. */
  base: string;
  /** The shell every first visit stores, with a revision per file. */
  precache: ManifestEntry[];
}

/**
 * Runtime cache keys without the query string: Pagefind asks for its entry
 * file with `?ts=…` and search results open pages with `?highlight=…`; each
 * must neither add an entry nor miss the one already stored. Workbox writes
 * this object into sw.js as source text, so it must not refer to anything
 * outside itself.
 */
const withoutQuery = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

/**
 * Workbox `generateSW` options. The shell is precached (replaced entry by
 * entry when a build changes it); pages go to the network first and fall
 * back to what is stored, then to the offline page of their language;
 * `_astro/` files are named by their content, so a stored copy is always
 * right. A new worker waits until the reader accepts the update notice
 * (the notice in src/offline/AppShell.astro), so a page never mixes two builds.
 */
export function serviceWorkerOptions({ site, base, precache }: ServiceWorkerInput): GenerateSWOptions {
  const escaped = base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const under = (pattern: string) => new RegExp(`^https?://[^/]+${escaped}${pattern}`);
  const cacheName = bookCacheName(base);
  const pages = (prefix: string, locale: string) => ({
    urlPattern: under(`${prefix}(?:[^?#]*/)?(?:[?#].*)?$`),
    handler: 'NetworkFirst' as const,
    options: {
      cacheName,
      networkTimeoutSeconds: 4,
      plugins: [withoutQuery],
      precacheFallback: { fallbackURL: `${locale === defaultLocale ? '' : `${locale}/`}offline/index.html` },
    },
  });
  return {
    swDest: path.join(site, 'sw.js'),
    globDirectory: site,
    // The shell is listed by src/offline/node/offline.ts, not globbed.
    globPatterns: [],
    additionalManifestEntries: precache,
    cacheId: CACHE_ID,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^highlight$/],
    runtimeCaching: [
      ...locales.filter((locale) => locale !== defaultLocale).map((locale) => pages(`${locale}/`, locale)),
      pages('', defaultLocale),
      { urlPattern: under('_astro/'), handler: 'CacheFirst', options: { cacheName, plugins: [withoutQuery] } },
      { urlPattern: under('(?!sw\\.js$)'), handler: 'NetworkFirst', options: { cacheName, networkTimeoutSeconds: 4, plugins: [withoutQuery] } },
    ],
  };
}

/**
 * The `sw.js` of a deployment that no longer reads offline (OFFLINE=off):
 * browsers that installed the real worker fetch this one on their next
 * visit; it deletes this site's caches, unregisters itself and reloads the
 * pages it controlled, which then come from the network.
 */
export function removalWorker(base: string): string {
  return `// Offline reading is off for this site: this worker removes the one installed before, and its caches.
const BOOK_CACHE = ${JSON.stringify(bookCacheName(base))};
const PRECACHE_PREFIX = ${JSON.stringify(`${CACHE_ID}-`)};
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    const ours = names.filter((name) => name === BOOK_CACHE || (name.startsWith(PRECACHE_PREFIX) && name.endsWith(self.registration.scope)));
    await Promise.all(ours.map((name) => caches.delete(name)));
    await self.registration.unregister();
    const windows = await self.clients.matchAll({ type: 'window' });
    for (const client of windows) client.navigate(client.url);
  })());
});
`;
}
