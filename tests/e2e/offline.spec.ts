import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { drawDiagrams } from './draw-diagrams';
import { axeFindings, goOffline, hosted, openControlled, pageKept, saveBook } from './offline-helpers';

/**
 * Reading offline, as a reader does it: the first visit installs the service
 * worker; "save for offline" stores the book of that language; with the
 * network gone, chapters never opened still open with their formulas,
 * diagrams and search, and an address never stored gives the offline page.
 * Each test has its own host (scripts/lib/static-server.ts), so it can cut the network.
 */
const OFFLINE_PORT = Number(process.env.OFFLINE_PORT ?? 4341);

async function searchFinds(page: Page, query: string, title: string | RegExp) {
  await page.locator('.search-button').click();
  await page.locator('#search-dialog .search-ui input').fill(query);
  await expect(page.locator('.pagefind-ui__result-title').first()).toHaveText(title, { timeout: 15_000 });
}

interface Case {
  name: string;
  dir: string;
  base: string;
  port: number;
  home: string;
  save: RegExp;
  /** Chapters not opened before going offline: one with formulas, one with a diagram, one more. */
  math: string;
  diagram: string;
  other: string;
  search: [string, string];
  offlineTitle: string;
  /** The other language's offline page, for an address under it. */
  otherMissing: string;
  otherOfflineTitle: string;
}

const offlineCases: Case[] = [
  {
    name: 'Chinese, at /',
    dir: 'dist',
    base: '/',
    port: OFFLINE_PORT,
    home: '/',
    save: /离线阅读/,
    math: '/algorithms/',
    diagram: '/concepts/',
    other: '/faq/',
    search: ['YOLO', '实际应用场景'],
    offlineTitle: '当前离线',
    otherMissing: '/en/no-such-page/',
    otherOfflineTitle: 'You are offline',
  },
  {
    name: 'English, under /guide/',
    dir: process.env.SUBPATH_OUT_DIR ?? 'dist-guide',
    base: '/guide/',
    port: OFFLINE_PORT + 1,
    home: '/guide/en/',
    save: /Save for offline/,
    math: '/guide/en/algorithms/',
    diagram: '/guide/en/concepts/',
    other: '/guide/en/faq/',
    search: ['YOLO', 'Applications'],
    offlineTitle: 'You are offline',
    otherMissing: '/guide/no-such-page/',
    otherOfflineTitle: '当前离线',
  },
];

for (const c of offlineCases) {
  test.describe(`offline, ${c.name}`, () => {
    const host = hosted(c.dir, c.base, c.port);

    test('a saved book opens offline: chapters never visited, formulas, diagrams, search, the whole-book page', async ({ page, context }) => {
      test.setTimeout(90_000);
      await openControlled(page, c.home);
      const started = Date.now();
      const confirmation = await saveBook(page, c.save);
      console.log(`saved the book (${c.name}) in ${Date.now() - started} ms: ${confirmation}`);
      expect(await axeFindings(page, '.save-offline')).toEqual([]);
      await goOffline(context, host());

      await page.goto(c.math);
      await expect(page.locator('main .katex').first()).toBeVisible();
      await page.goto(c.diagram);
      expect(await drawDiagrams(page)).toBeGreaterThan(0);
      await page.goto(c.other);
      await expect(page.locator('main h1')).toBeVisible();
      await searchFinds(page, ...c.search);
      await page.goto(`${c.home}book/`);
      await expect(page.locator('main .katex').first()).toBeVisible();

      await page.goto(`${c.home}no-such-page/`);
      await expect(page.locator('main h1')).toHaveText(c.offlineTitle);
      await expect(page.locator(`.saved-pages a[href="${c.math}"]`)).toBeVisible();
      await page.goto(c.otherMissing);
      await expect(page.locator('main h1')).toHaveText(c.otherOfflineTitle);
    });
  });
}

test.describe('offline, without saving', () => {
  const host = hosted('dist', '/', OFFLINE_PORT + 2);

  test('the pages a reader opened stay readable; the offline page lists just those', async ({ page, context }) => {
    // The first page is fetched before the worker exists; it is kept all the same.
    await openControlled(page, '/en/algorithms/');
    // Once the page is idle the worker is asked to keep it; it goes on with that after the reader leaves.
    await pageKept(page, '/', 'en/algorithms/');
    await page.goto('/en/concepts/');
    await pageKept(page, '/', 'en/concepts/');
    await goOffline(context, host());
    await page.goto('/en/algorithms/');
    await expect(page.locator('main .katex').first()).toBeVisible();
    await page.goto('/en/concepts/');
    expect(await drawDiagrams(page)).toBeGreaterThan(0);
    await page.goto('/en/faq/');
    await expect(page.locator('main h1')).toHaveText('You are offline');
    await expect(page.locator('.saved-pages[data-checked]')).toBeVisible();
    const saved = await page.locator('.saved-pages li:not([hidden]) a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // In the book's order.
    expect(saved).toEqual(['/en/concepts/', '/en/algorithms/']);
  });
});
