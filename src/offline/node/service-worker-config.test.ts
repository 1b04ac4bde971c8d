import { describe, expect, it, vi } from 'vitest';
import { bookCacheName } from '../shared/offline-book';
import { removalWorker, serviceWorkerOptions } from './service-worker-config';

type Rule = { urlPattern: RegExp; handler: string; options: { cacheName: string; precacheFallback?: { fallbackURL: string }; plugins: { cacheKeyWillBeUsed: (a: { request: Request }) => Promise<string> }[] } };

/** The first runtime rule matching a URL, as Workbox's router picks it. */
function ruleFor(rules: Rule[], url: string): Rule | undefined {
  return rules.find((rule) => rule.urlPattern.test(url));
}

describe('serviceWorkerOptions', () => {
  const options = serviceWorkerOptions({ site: '/tmp/site', base: '/guide/', precache: [{ url: 'index.html', revision: 'r1' }] });
  const rules = options.runtimeCaching as unknown as Rule[];
  const origin = 'http://127.0.0.1:4341';

  it('sends pages to the network first, falling back to the offline page of their language', () => {
    for (const [url, fallback] of [
      ['/guide/en/algorithms/', 'en/offline/index.html'],
      ['/guide/en/', 'en/offline/index.html'],
      ['/guide/en/algorithms/?highlight=loss', 'en/offline/index.html'],
      ['/guide/algorithms/', 'offline/index.html'],
      ['/guide/', 'offline/index.html'],
      ['/guide/no-such-page/', 'offline/index.html'],
    ]) {
      const rule = ruleFor(rules, `${origin}${url}`);
      expect(rule?.handler, url).toBe('NetworkFirst');
      expect(rule?.options.precacheFallback?.fallbackURL, url).toBe(fallback);
    }
  });
  it('serves hashed files from the cache first, and other files of the site from the network first, without a fallback page', () => {
    expect(ruleFor(rules, `${origin}/guide/_astro/katex.a1b2.css`)?.handler).toBe('CacheFirst');
    for (const url of ['/guide/pagefind/pagefind-entry.json?ts=1', '/guide/diagram-chunks.json', '/guide/en/llms.txt']) {
      const rule = ruleFor(rules, `${origin}${url}`);
      expect(rule?.handler, url).toBe('NetworkFirst');
      expect(rule?.options.precacheFallback, url).toBeUndefined();
    }
  });
  it('leaves the worker itself, and anything outside the base, alone', () => {
    expect(ruleFor(rules, `${origin}/guide/sw.js`)).toBeUndefined();
    expect(ruleFor(rules, `${origin}/other/page/`)).toBeUndefined();
  });
  it('stores everything in one cache named for the base path', () => {
    expect(new Set(rules.map((rule) => rule.options.cacheName))).toEqual(new Set([bookCacheName('/guide/')]));
  });
  it('drops query strings from cache keys, with code that still works once Workbox writes it into sw.js as text', async () => {
    const plugin = rules[0]!.options.plugins[0]!;
    const copied = new Function(`return (${plugin.cacheKeyWillBeUsed.toString()})`)() as typeof plugin.cacheKeyWillBeUsed;
    expect(await copied({ request: new Request(`${origin}/guide/pagefind/pagefind-entry.json?ts=17`) })).toBe(`${origin}/guide/pagefind/pagefind-entry.json`);
  });
  it('waits for the reader before a new version takes over, and precaches only the listed shell', () => {
    expect(options).toMatchObject({ skipWaiting: false, clientsClaim: true, cleanupOutdatedCaches: true, globPatterns: [] });
    expect(options.additionalManifestEntries).toEqual([{ url: 'index.html', revision: 'r1' }]);
  });
});

describe('removalWorker', () => {
  /** Runs the worker's script against a stand-in for a service worker's global scope. */
  async function runRemoval(base: string, scope: string, cacheNames: string[]) {
    const handlers: Record<string, (event: { waitUntil: (p: Promise<unknown>) => void }) => void> = {};
    const deleted: string[] = [];
    const navigated: string[] = [];
    const self = {
      addEventListener: (type: string, handler: (typeof handlers)[string]) => (handlers[type] = handler),
      skipWaiting: vi.fn(),
      registration: { scope, unregister: vi.fn(async () => true) },
      clients: { matchAll: async () => [{ url: `${scope}algorithms/`, navigate: async (url: string) => navigated.push(url) }] },
    };
    const caches = { keys: async () => cacheNames, delete: async (name: string) => deleted.push(name) };
    new Function('self', 'caches', removalWorker(base))(self, caches);
    handlers.install!({ waitUntil: () => {} });
    let done: Promise<unknown> = Promise.resolve();
    handlers.activate!({ waitUntil: (p) => (done = p) });
    await done;
    return { self, deleted, navigated };
  }

  it("deletes this deployment's caches only, unregisters, and reloads the pages it controlled", async () => {
    const scope = 'https://example.org/guide/';
    const { self, deleted, navigated } = await runRemoval('/guide/', scope, [
      `building-with-large-models-precache-v2-${scope}`,
      bookCacheName('/guide/'),
      'building-with-large-models-precache-v2-https://example.org/',
      bookCacheName('/'),
      'another-app',
    ]);
    expect(self.skipWaiting).toHaveBeenCalled();
    expect(deleted).toEqual([`building-with-large-models-precache-v2-${scope}`, bookCacheName('/guide/')]);
    expect(self.registration.unregister).toHaveBeenCalled();
    expect(navigated).toEqual([`${scope}algorithms/`]);
  });
});
