import type { Browser } from '@playwright/test';

/** Milliseconds from typing a query to the first result on screen, cold cache (the dialog warms up first). */
export async function searchLatency(browser: Browser, origin: string, pagePath: string, query: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + pagePath, { waitUntil: 'load' });
  await page.locator('.search-button').click();
  await page.locator('#search-dialog .search-ui input').waitFor();
  await page.waitForLoadState('networkidle');
  const ms = await page.evaluate(
    (term) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#search-dialog .search-ui input')!;
        const container = document.querySelector('#search-dialog .search-ui')!;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (container.querySelector('.pagefind-ui__result-link')) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - started));
          }
        });
        observer.observe(container, { childList: true, subtree: true });
        input.value = term;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
  await context.close();
  return ms;
}

