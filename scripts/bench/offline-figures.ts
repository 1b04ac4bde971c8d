import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { servedFile, type OfflineBook } from '../../src/offline/shared/offline-book.ts';
import { precachedFiles } from '../lib/precache.ts';

export interface StoredFiles {
  files: number;
  /** As stored: uncompressed. */
  bytes: number;
  /** What the benchmark's gzip server sends for them. */
  gzipBytes: number;
}

export interface OfflineFigures {
  precache: StoredFiles;
  books: Record<'zh' | 'en', StoredFiles>;
  /** Milliseconds from clicking "save for offline" to its confirmation, per run. */
  saveMs: Record<'zh' | 'en', number[]>;
}


/** Roughly what the benchmark's server (scripts/lib/static-server.ts) gzips: text. Fonts and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.md', '.webmanifest']);

function measure(site: string, files: readonly string[]): StoredFiles {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const full = path.join(site, servedFile(file));
    const size = statSync(full).size;
    bytes += size;
    gzipBytes += COMPRESSIBLE.has(path.extname(full)) ? gzipSync(readFileSync(full)).length : size;
  }
  return { files: files.length, bytes, gzipBytes };
}

/** Seconds to save one language's book on a fresh visit to its home page, through the real worker. */
async function saveTime(browser: Browser, origin: string, locale: 'zh' | 'en'): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}${locale === 'en' ? '/en/' : '/'}`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  const control = page.locator('.save-offline');
  const started = Date.now();
  await control.locator('button').click();
  await control.locator('.save-offline-status').filter({ hasText: /已保存|is saved/ }).waitFor({ timeout: 60_000 });
  const ms = Date.now() - started;
  await context.close();
  return ms;
}

/**
 * Reading offline: what a first visit precaches (the shell listed in sw.js),
 * what saving each language's book stores, and how long saving takes from
 * the benchmark's local gzip server (3 runs per language).
 */
export async function offlineFigures(browser: Browser, site: string, origin: string): Promise<OfflineFigures> {
  const worker = readFileSync(path.join(site, 'sw.js'), 'utf8');
  const precached = precachedFiles(worker);
  const book = (locale: string) => JSON.parse(readFileSync(path.join(site, 'offline', `${locale}.json`), 'utf8')) as OfflineBook;
  const saveMs: OfflineFigures['saveMs'] = { zh: [], en: [] };
  for (let i = 0; i < 3; i += 1) for (const locale of ['zh', 'en'] as const) saveMs[locale].push(await saveTime(browser, origin, locale));
  return {
    precache: measure(site, precached),
    books: { zh: measure(site, book('zh').files), en: measure(site, book('en').files) },
    saveMs,
  };
}
