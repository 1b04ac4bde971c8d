import { OFFLINE } from 'astro:env/server';
import { locales } from '../../i18n/locales';
import { bookCacheName, bookListPath } from '../shared/offline-book';
import type { OfflineSite } from '../browser/offline-cache';

/** What the page scripts need to know of the service worker's caches, for a site under `base`. */
export function offlineSite(base: string): OfflineSite {
  return {
    base,
    cache: bookCacheName(base),
    lists: Object.fromEntries(locales.map((locale) => [locale, `${base}${bookListPath(locale)}`])),
  };
}

/** Whether pages offer offline reading: production builds, unless OFFLINE=off (docs/offline.md). */
export const offlineEnabled = OFFLINE === 'on' && import.meta.env.PROD;
