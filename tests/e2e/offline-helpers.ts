import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

/** Opens `path` and waits until the service worker controls the page. */
export async function openControlled(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

/** Clicks "save for offline" and waits for the confirmation; returns it. */
export async function saveBook(page: Page, name: RegExp): Promise<string> {
  const control = page.locator('.save-offline');
  await expect(control.getByRole('button', { name })).toBeVisible({ timeout: 15_000 });
  // Every count the control shows beside its progress bar, as it shows it.
  await control.evaluate((element) => {
    const seen: string[] = ((window as { countsSeen?: string[] }).countsSeen = []);
    const count = element.querySelector('.save-offline-count')!;
    new MutationObserver(() => seen.push(count.textContent ?? '')).observe(count, { childList: true, characterData: true, subtree: true });
  });
  await control.getByRole('button', { name }).click();
  const status = control.getByRole('status');
  await expect(status).toHaveText(/已保存|is saved/, { timeout: 30_000 });
  const counts = await page.evaluate(() => (window as { countsSeen?: string[] }).countsSeen ?? []);
  const total = Number(/(\d+) (个文件|files)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(counts, 'progress shown as n / N').toContain(`1 / ${total}`);
  expect(counts).toContain(`${total} / ${total}`);
  await expect(control.locator('progress')).toBeHidden();
  return (await status.textContent()) ?? '';
}

export async function goOffline(context: BrowserContext, host: StaticServer): Promise<void> {
  host.setDown(true);
  await context.setOffline(true);
}

/**
 * Waits until the worker has stored a page the reader opened and everything it
 * needs, per the build's list (offline/<locale>.json): it does so in the
 * background, and a reader who goes offline the same second may miss some.
 */
export async function pageKept(page: Page, base: string, pagePath: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          async ([base, pagePath]) => {
            const locale = pagePath.startsWith('en/') ? 'en' : 'zh';
            const book = (await (await fetch(`${base}offline/${locale}.json`)).json()) as { files: string[]; needs: number[][]; pages: Record<string, number> };
            const needs = [pagePath, ...book.needs[book.pages[pagePath]!]!.map((i) => book.files[i]!)];
            // In the runtime cache, or in the precache (whose keys carry a revision parameter).
            const missing = [];
            for (const file of needs) if (!(await caches.match(new URL(`${base}${file}`, location.href).href, { ignoreSearch: true }))) missing.push(file);
            return missing;
          },
          [base, pagePath] as const,
        ),
      { timeout: 20_000 },
    )
    .toEqual([]);
}

/** axe-core's findings inside one part of the page (the save control, the update notice). */
export async function axeFindings(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.map((v) => `${selector} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Starts a host for the test on its own port (tests run in parallel) and closes it after. */
export function hosted(dir: string, base: string, port: number) {
  const state: { host?: StaticServer } = {};
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  test.beforeEach(async () => {
    state.host = await startStaticServer({ dir, base, port });
  });
  test.afterEach(() => state.host?.close());
  return () => state.host!;
}
