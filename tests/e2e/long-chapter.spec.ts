import { expect, test } from './fixtures';

/**
 * Long chapters are laid out only where the reader is: each ## and ###
 * section renders with content-visibility: auto (src/chapters/node/rehype-sections.ts).
 * What a reader does must still work: jumping to an anchor, the table of
 * contents following the reading, finding text in the page, printing, and
 * nothing moving under the reader's eyes.
 */
const laidOut = (selector: string) =>
  `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return !!el && el.checkVisibility({ contentVisibilityAuto: true }); })()`;

test.describe('long chapters', () => {
  test('sections off screen are not laid out until the reader nears them', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/algorithms/');
    const sections = page.locator('.prose .chapter-section');
    expect(await sections.count()).toBeGreaterThan(5);
    // The last section with prose (the references, after it, are a list).
    const last = page.locator('.prose > .chapter-section:has(> p)').last();
    // Skipped content reads as hidden to checkVisibility({ contentVisibilityAuto: true }).
    expect(await last.evaluate((el) => el.lastElementChild!.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.evaluate((el) => el.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
  });

  test('a link to a section far down lands on its heading', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/algorithms/');
    // Far down, but not the last heading, which the end of the page keeps from reaching the top.
    const ids = await page.locator('.prose :is(h2, h3)').evaluateAll((all) => all.map((el) => el.id));
    const id = ids[ids.length - 2]!;
    await page.goto(`/en/algorithms/#${id}`);
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toBeInViewport();
    // Still there once the browser has settled the sections around it.
    await page.waitForTimeout(500);
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    // Just below the sticky header, where its scroll-margin puts it.
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(120);
  });

  test('find in page reaches text in a section that was never laid out', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/algorithms/');
    // The last section with prose (the references, after it, are a list).
    const last = page.locator('.prose > .chapter-section:has(> p)').last();
    const phrase = (await last.locator('p').last().textContent())!.trim().split(/\s+/).slice(0, 4).join(' ');
    expect(phrase.length).toBeGreaterThan(8);
    // window.find is Chromium's find-in-page, as Ctrl+F runs it.
    expect(await page.evaluate((text) => (window as unknown as { find(text: string): boolean }).find(text), phrase)).toBe(true);
    await expect(last.locator('p').last()).toBeInViewport();
  });

  test('printing lays out every section', async ({ page }) => {
    await page.goto('/en/algorithms/');
    await page.emulateMedia({ media: 'print' });
    const states = await page.locator('.prose .chapter-section').evaluateAll((all) => all.map((el) => getComputedStyle(el).contentVisibility));
    expect(new Set(states)).toEqual(new Set(['visible']));
    expect(await page.evaluate(laidOut('.prose > .chapter-section:last-of-type > :last-child'))).toBe(true);
  });

  test('the KaTeX fonts the chapter uses load at idle, before the reader scrolls to its formulas', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/en/algorithms/');
    const fonts = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()!).filter((name) => name.startsWith('KaTeX_')));
    // No scrolling: only the warm-up asks for the fonts of formulas below the first screen.
    await expect.poll(async () => (await fonts()).filter((f) => /^KaTeX_(Main-Regular|Math-Italic|Size1-Regular)/.test(f)).length, { timeout: 10_000 }).toBe(3);
    // A face no formula of the chapter uses is not fetched.
    expect((await fonts()).filter((f) => /^KaTeX_(Fraktur|Script|SansSerif|Typewriter)/.test(f))).toEqual([]);
  });

  test('scrolling through the chapter moves nothing on screen (no layout shift)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/en/algorithms/');
    await page.evaluate(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (let y = 0; y < 12; y += 1) {
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(100);
    }
    for (let y = 0; y < 12; y += 1) {
      await page.mouse.wheel(0, -700);
      await page.waitForTimeout(100);
    }
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
  });
});
