import { expect, test } from './fixtures';
import { drawDiagrams } from './draw-diagrams';
import { chapterPages } from './site';
import { DRAW_ALL_DIAGRAMS } from '../../src/diagrams/shared/draw-all';

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
          // The accessible name (accTitle) is the visible caption after its number, in the page's language.
          const caption = await figure
            .locator('figcaption')
            .evaluate((el) => [...el.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('caption-number'))).map((n) => n.textContent).join('').replace(/^[:\s　]+/, '').trim());
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

  test('asked to, the whole-book page draws every diagram at once, without scrolling (the export asks)', async ({ page }) => {
    await page.goto('/en/book/');
    const figures = page.locator('figure.diagram');
    expect(await figures.count()).toBeGreaterThan(1);
    await expect(figures.last()).not.toHaveAttribute('data-state', /./);
    await page.evaluate((event) => document.dispatchEvent(new Event(event)), DRAW_ALL_DIAGRAMS);
    await expect(page.locator('figure.diagram:not([data-state="drawn"])')).toHaveCount(0, { timeout: 20_000 });
    expect(await page.evaluate(() => scrollY)).toBe(0);
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
