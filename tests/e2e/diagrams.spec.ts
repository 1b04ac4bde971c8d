import { expect, test } from './fixtures';
import { drawDiagrams } from './draw-diagrams';
import { chapterPages } from './site';

/** Scrolls each diagram into view and waits until every one is drawn. */
const isMermaidRequest = (url: string) => /\/_astro\/(diagram-render|mermaid|chunk-|flowDiagram|dagre)/.test(url);

test.describe('diagrams', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`every diagram on every page is drawn as an accessible SVG (${theme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      let total = 0;
      for (const chapter of chapterPages) {
        await page.goto(chapter.path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const count = await drawDiagrams(page);
        total += count;
        for (const figure of await page.locator('figure.diagram').all()) {
          const svg = figure.locator('svg.diagram-svg');
          await expect(svg).toHaveCount(1);
          await expect(svg).toHaveAttribute('role', /graphics-document|img/);
          // The accessible name (accTitle) is the visible caption, in the page's language.
          const caption = (await figure.locator('figcaption').textContent())!.trim();
          expect(caption.length).toBeGreaterThan(3);
          await expect(svg.locator('title')).toHaveText(caption);
          expect(((await svg.locator('desc').textContent()) ?? '').length).toBeGreaterThan(10);
          expect(/[\u4e00-\u9fff]/.test(caption)).toBe(chapter.locale === 'zh');
          // The source stays reachable, in a disclosure.
          await expect(figure.locator('details.diagram-source pre.diagram-code')).toHaveCount(1);
          await expect(figure.locator('.diagram-error')).toHaveCount(0);
        }
      }
      expect(total).toBeGreaterThanOrEqual(8);
      await context.close();
    });
  }

  test('toggling the theme redraws the diagrams without ever leaving the box empty', async ({ page }) => {
    await page.goto('/en/algorithms/');
    await drawDiagrams(page);
    const ids = await page.locator('svg.diagram-svg').evaluateAll((svgs) => svgs.map((s) => s.id));
    await page.evaluate(() => {
      const w = window as unknown as { emptied: number };
      w.emptied = 0;
      new MutationObserver(() => {
        for (const stage of document.querySelectorAll('.diagram-stage')) {
          if (!stage.querySelector('svg.diagram-svg')) w.emptied += 1;
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    const before = await page.locator('svg.diagram-svg').first().evaluate((s) => s.innerHTML);
    await page.locator('.theme-toggle').click();
    await expect
      .poll(() => page.locator('svg.diagram-svg').evaluateAll((svgs) => svgs.map((s) => s.id)))
      .not.toEqual(ids);
    await expect.poll(() => page.locator('svg.diagram-svg').first().evaluate((s) => s.innerHTML)).not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { emptied: number }).emptied)).toBe(0);
  });

  test('a page without diagrams requests no diagram code at all', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const path of ['/background/', '/en/practice/', '/faq/', '/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(requests.filter((u) => /\.js$/.test(u) && (isMermaidRequest(u) || /Diagrams/.test(u)))).toEqual([]);
  });

  test('Mermaid runs only once a diagram comes into view; before that its files are only preloaded, while idle', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/en/concepts/');
    await page.waitForLoadState('networkidle');
    const listed = (await (await page.request.get('/diagram-chunks.json')).json()) as string[];
    expect(listed.length).toBeGreaterThan(10);
    // Every file drawing needs was preloaded (fetched and compiled) by a <link rel="modulepreload">, and fetched once.
    const preloads = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(new Set(preloads)).toEqual(new Set(listed.map((f) => `/${f}`)));
    const fetched = requests.map((u) => new URL(u).pathname).filter((p) => preloads.includes(p));
    expect(new Set(fetched).size).toBe(listed.length);
    expect(fetched.length, 'no file fetched twice').toBe(listed.length);
    // Nothing ran: the diagram, a screen and more below, is not drawn.
    await page.waitForTimeout(500);
    expect(await page.locator('figure.diagram').getAttribute('data-state')).toBeNull();
    await page.locator('figure.diagram').scrollIntoViewIfNeeded();
    await expect(page.locator('figure.diagram')).toHaveAttribute('data-state', 'drawn');
    // Drawing used the preloaded modules: nothing of them was fetched again.
    expect(requests.map((u) => new URL(u).pathname).filter((p) => preloads.includes(p))).toHaveLength(listed.length);
    // dagre, not ELK: the ELK layout engine is never downloaded.
    expect(requests.filter((u) => isMermaidRequest(u) && /elk/i.test(u))).toEqual([]);
    await context.close();
  });

  test('on a slow phone a diagram appears within a second of scrolling into view (4× CPU, 150 ms RTT, 1.6 Mbps)', async ({ browser }) => {
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

  test('drawing a diagram does not shift the page', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/algorithms/');
    const boxes = await page.locator('.diagram-canvas').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    await drawDiagrams(page);
    const after = await page.locator('.diagram-canvas').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(after).toEqual(boxes);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });

  test('without JavaScript the source is readable as preformatted text', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/concepts/');
    const code = page.locator('figure.diagram pre.diagram-code');
    await expect(code).toBeVisible();
    await expect(code).toContainText('graph LR');
    await expect(code).toContainText('A[大模型] --> B[自然语言处理]');
    await context.close();
  });

  test('an invalid diagram shows an error box with Mermaid’s message and the source', async ({ page }) => {
    await page.route('**/en/concepts/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/A\[Large Models\] --(&gt;|>) B\[NLP\]/, 'A[Large Models --$1 B[NLP]');
      await route.fulfill({ response, body: html });
    });
    await page.goto('/en/concepts/');
    const figure = page.locator('figure.diagram');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-state', 'error');
    const error = figure.locator('.diagram-error[role="alert"]');
    await expect(error).toBeVisible();
    await expect(error).toContainText('This diagram could not be drawn');
    await expect(error.locator('pre')).toContainText('Parse error');
    await expect(figure.locator('pre.diagram-code')).toBeVisible();
    await expect(figure.locator('pre.diagram-code')).toContainText('A[Large Models --> B[NLP]');
  });

  test('a diagram opens full size in a dialog that Escape closes', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto('/concepts/');
    await drawDiagrams(page);
    const zoom = page.locator('.diagram-zoom');
    await expect(zoom).toHaveText('放大查看');
    await zoom.click();
    const dialog = page.locator('dialog.diagram-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('svg')).toHaveCount(1);
    const width = await dialog.locator('svg').evaluate((s) => s.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(390);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(zoom).toBeFocused();
    await context.close();
  });

  test('a diagram wider than a phone scrolls inside its box, not the page', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/en/algorithms/');
    await drawDiagrams(page);
    const canvas = page.locator('.diagram-canvas').first();
    const { scroll, client } = await canvas.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeGreaterThan(client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
