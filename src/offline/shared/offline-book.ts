/**
 * The saved book of one language, as the build lists it (`offline/zh.json`,
 * `offline/en.json`, written by src/offline/node/offline.ts) and the browser reads
 * it (src/offline/browser/save-offline.ts). Paths are relative to the site's root.
 */
export interface OfflineBook {
  /** The build's version: it changes whenever any file reading offline uses changes. */
  version: string;
  /** Everything saving the book fetches: the pages first, then what they use. */
  files: string[];
  /** Their total size in bytes, as served uncompressed. */
  bytes: number;
  /** The distinct sets of files pages need (most pages need the same), as indices into `files`. */
  needs: number[][];
  /** Each page (`en/algorithms/`) with the set of files it needs, as an index into `needs`. */
  pages: Record<string, number>;
}

/** The files a page of the book needs, or undefined for an address the book does not have. */
export function pageNeeds(book: OfflineBook, page: string): string[] | undefined {
  const set = book.pages[page];
  return set === undefined ? undefined : book.needs[set]!.map((index) => book.files[index]!);
}

/** The file a listed path is served from: pages are listed by their address (`en/algorithms/`, `` for the home page). */
export const servedFile = (file: string) => (file === '' || file.endsWith('/') ? `${file}index.html` : file);

/** Where the build writes a language's list, relative to the site's root. */
export const bookListPath = (locale: string) => `offline/${locale}.json`;

/** Prefix of every cache the service worker keeps. */
export const CACHE_ID = 'building-with-large-models';

/**
 * The runtime cache holding pages and files fetched through the service
 * worker (opened chapters and saved books). Named for the base path, so two
 * deployments on one origin keep apart; Workbox names its precache for the
 * worker's scope.
 */
export const bookCacheName = (base: string) => `${CACHE_ID}-book-${base}`;

export interface RefreshPlan {
  /** Files to fetch again, through the worker, from the new build. */
  fetch: string[];
  /** Cached paths that belong to no page or book the reader keeps: to delete once the fetches succeed. */
  drop: string[];
}

/**
 * What to do with the runtime cache after a new version of the site took over:
 * fetch again every book the reader saved and every page they opened that the
 * new build still has, with the files each needs; drop everything else, so
 * that the previous build's hashed files do not pile up. `cached` are the
 * cached paths relative to the site's root (query strings removed).
 */
export function refreshPlan(cached: readonly string[], books: readonly OfflineBook[], saved: readonly OfflineBook[]): RefreshPlan {
  const fetch = new Set<string>();
  for (const book of saved) for (const file of book.files) fetch.add(file);
  for (const path of cached) {
    for (const book of books) {
      const needs = pageNeeds(book, path);
      if (!needs) continue;
      fetch.add(path);
      for (const file of needs) fetch.add(file);
    }
  }
  return { fetch: [...fetch], drop: [...new Set(cached)].filter((path) => !fetch.has(path)) };
}
