import { expect, test } from './fixtures';

/**
 * A timing budget, so it runs in a project of its own after every other
 * browser test (playwright.config.ts): with the machine otherwise idle, 4×
 * CPU throttling means 4×, not 4× on top of another worker's load.
 *
 * The budget is 1 s (issue 11); the test prints the measured figure. What
 * keeps it low:
 * Mermaid's configuration copy and the task breaks while drawing
 * (src/diagrams/node/mermaid-config-copy.ts, browser/diagram-render.ts) and
 * preloading the drawing code while the page is idle. Figures:
 * docs/performance.md.
 */
test('on a slow phone a diagram appears promptly after scrolling into view (4× CPU, 150 ms RTT, 1.6 Mbps)', async ({ browser }) => {
  test.setTimeout(120_000);
  /** Opens the page throttled, waits as a reader would, jumps to the first diagram: ms from in view to drawn. */
  const attempt = async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await page.goto('/en/algorithms/', { timeout: 60_000 });
    // A reader takes a while to reach the diagram; the page uses that idle time to preload its code.
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    const figure = page.locator('figure.diagram').first();
    expect(await figure.evaluate((el) => el.getBoundingClientRect().top > innerHeight * 1.25), 'the first diagram starts below the first screen').toBe(true);
    await figure.evaluate((el) => {
      const w = window as unknown as { seen?: number; drawn?: number };
      new IntersectionObserver(([entry]) => {
        if (entry?.isIntersecting) w.seen ??= performance.now();
      }).observe(el);
      new MutationObserver(() => {
        if (el.getAttribute('data-state') === 'drawn') w.drawn ??= performance.now();
      }).observe(el, { attributes: true });
    });
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-state', 'drawn', { timeout: 10_000 });
    const { seen, drawn } = await page.evaluate(() => {
      const w = window as unknown as { seen: number; drawn: number };
      return { seen: w.seen, drawn: w.drawn };
    });
    await context.close();
    return drawn - seen;
  };
  const delays = [await attempt(), await attempt(), await attempt()];
  const median = [...delays].sort((a, b) => a - b)[1]!;
  console.log(`diagram drawn ${delays.map(Math.round).join(', ')} ms after coming into view (median ${Math.round(median)}; 4× CPU, 150 ms RTT)`);
  expect(median).toBeLessThanOrEqual(1000);
});
