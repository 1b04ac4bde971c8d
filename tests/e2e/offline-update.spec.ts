import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeFindings, goOffline, hosted, openControlled, saveBook } from './offline-helpers';
import { NEXT_MARKER } from '../../scripts/lib/next-deployment';
import { removalWorker } from '../../src/offline/node/service-worker-config';

/**
 * A new deployment while the reader has the book saved: one polite notice,
 * the old page untouched until the reader reloads, then the new text; the
 * saved book follows the new build and the caches hold one build, however
 * many deployments come. npm run build:next makes the second build.
 */
const PORT = Number(process.env.OFFLINE_PORT ?? 4341) + 20;

interface CacheSummary {
  entries: number;
  bytes: number;
}

/** Everything this origin's caches hold. */
function cacheSummary(page: Page): Promise<CacheSummary> {
  return page.evaluate(async () => {
    let entries = 0;
    let bytes = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        entries += 1;
        bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
      }
    }
    return { entries, bytes };
  });
}

/**
 * Evaluates in the page; undefined if the page navigated meanwhile. The
 * workers reload open pages at a moment the test does not choose (a new
 * version reloads the other tabs; the removal worker, every page once it has
 * removed itself), and expect.poll does not retry a throw.
 */
async function settled<T>(page: Page, fn: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await page.evaluate(fn);
  } catch (error) {
    if (/Execution context was destroyed|navigat/i.test(String(error))) return undefined;
    throw error;
  }
}

const versionOf = (dir: string) => (JSON.parse(readFileSync(path.join(dir, 'offline/zh.json'), 'utf8')) as { version: string }).version;

/** Waits until the page has brought the runtime cache to the served build (offline-cache.ts). */
async function cacheFollows(page: Page, base: string, dir: string) {
  const version = versionOf(dir);
  await page.waitForFunction(([key, v]) => localStorage.getItem(key!) === v, [`offline:${base}:version`, version], { timeout: 30_000 });
}

const cases = [
  { name: 'at /', base: '/', home: '/', dirs: ['dist', 'dist-next'], save: /离线阅读/, marker: NEXT_MARKER.zh, port: PORT },
  { name: 'under /guide/', base: '/guide/', home: '/guide/en/', dirs: [process.env.SUBPATH_OUT_DIR ?? 'dist-guide', 'dist-guide-next'], save: /Save for offline/, marker: NEXT_MARKER.en, port: PORT + 1 },
];

for (const c of cases) {
  test.describe(`updates, ${c.name}`, () => {
    const host = hosted(c.dirs[0]!, c.base, c.port);
    test('a new deployment shows one notice; reloading shows the new text; the caches hold one build', async ({ page, context }) => {
      test.setTimeout(120_000);
      await openControlled(page, c.home);
      await saveBook(page, c.save);
      await cacheFollows(page, c.base, c.dirs[0]!);
      const first = await cacheSummary(page);
      await expect(page.locator('main')).not.toContainText(c.marker);

      // A second tab of the book, whose offline code has started (the save control shows then).
      const other = await context.newPage();
      await other.goto(`${c.home}faq/`);
      await expect(other.locator('.save-offline[data-ready]')).toBeVisible({ timeout: 15_000 });
      await other.evaluate(() => ((window as { loadedBefore?: boolean }).loadedBefore = true));

      // Three deployments: the next build, the first again, the next again.
      for (const [i, dir] of [c.dirs[1]!, c.dirs[0]!, c.dirs[1]!].entries()) {
        host().deploy(dir);
        await page.reload();
        const notice = page.locator('.update-notice');
        await expect(notice).toContainText(/有新版本|new version/, { timeout: 20_000 });
        await expect(page.locator('.update-notice button')).toHaveCount(1);
        if (i === 0) expect(await axeFindings(page, '.update-notice')).toEqual([]);
        // Until the reader reloads, the page stays the build it was; then it is the new one.
        const main = page.locator('main');
        const toNext = i % 2 === 0;
        await (toNext ? expect(main).not : expect(main)).toContainText(c.marker);
        await notice.getByRole('button').click();
        await (toNext ? expect(main) : expect(main).not).toContainText(c.marker, { timeout: 20_000 });
        if (i === 0) {
          // The other tab reloads on the new version too, rather than keep running on the old one.
          await expect.poll(() => settled(other, () => (window as { loadedBefore?: boolean }).loadedBefore ?? false), { timeout: 20_000 }).toBe(false);
          await other.close();
        }
        await expect(notice).toBeEmpty();
        await cacheFollows(page, c.base, dir);
        const now = await cacheSummary(page);
        // Each build's files replace the previous one's: same number, about the same size.
        expect(now.entries, `cache entries after deployment ${i + 2}`).toBe(first.entries);
        expect(Math.abs(now.bytes - first.bytes) / first.bytes, `cache size after deployment ${i + 2}`).toBeLessThan(0.01);
      }

      // The saved book was brought up to date: a chapter never opened reads offline, in its new version.
      await goOffline(context, host());
      await page.goto(`${c.home}background/`);
      await expect(page.locator('main')).toContainText(c.marker);
    });
  });

  test.describe(`removal, ${c.name}`, () => {
    const host = hosted(c.dirs[0]!, c.base, c.port + 2);
    test('a deployment with offline reading off removes the worker and its caches', async ({ page }) => {
      await openControlled(page, c.home);
      await saveBook(page, c.save);
      host().override(`${c.base}sw.js`, removalWorker(c.base), 'text/javascript');
      await page.reload();
      // (waitForFunction does not wait for a promise: poll instead.)
      await expect.poll(() => settled(page, async () => (await navigator.serviceWorker.getRegistrations()).length), { timeout: 20_000 }).toBe(0);
      await expect.poll(() => settled(page, () => caches.keys()), { timeout: 10_000 }).toEqual([]);
      // The worker reloads the open page, which then runs without it.
      await expect.poll(() => settled(page, () => navigator.serviceWorker.controller === null), { timeout: 10_000 }).toBe(true);
    });
  });
}
