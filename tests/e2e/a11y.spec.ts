import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { drawDiagrams } from './draw-diagrams';
import { chapterPages } from './site';

const pages = [...chapterPages.map((p) => p.path), '/', '/en/', '/book/', '/en/book/', '/404.html', '/offline/', '/en/offline/'];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.map((v) => `${page.url()} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test.describe('accessibility (axe-core)', () => {
  // One test per page and theme, so that the time allowed grows with the book.
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`in the ${theme} theme`, () => {
      test.use({ colorScheme: theme });
      for (const path of pages) {
        test(`${path} has no violations`, async ({ page }) => {
          // The whole-book pages hold every chapter: axe takes far longer there.
          if (path.endsWith('/book/')) test.setTimeout(180_000);
          await page.goto(path);
          await drawDiagrams(page);
          expect(await violations(page)).toEqual([]);
        });
      }
    });
  }

  test('the search dialog, open with results, has no violations in either language', async ({ page }) => {
    for (const [path, query] of [['/algorithms/', '梯度'], ['/en/algorithms/', 'gradient']] as const) {
      await page.goto(path);
      await page.keyboard.press('Control+k');
      await page.locator('#search-dialog .search-ui input').fill(query);
      await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
    }
  });
});

test.describe('keyboard only', () => {
  /** Tabs until `selector` has focus (at most `limit` presses), checking that focus is always visible. */
  async function tabTo(page: Page, selector: string, limit = 80) {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate((sel) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { match: false, visible: true };
        const style = getComputedStyle(el);
        const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return { match: el.matches(sel), visible, what: el.outerHTML.slice(0, 80) };
      }, selector);
      expect(state.visible, `focus is visible on ${state.what}`).toBe(true);
      if (state.match) return;
    }
    throw new Error(`${selector} was not reached with Tab`);
  }

  test('skip link, search, language, theme, sidebar and table of contents are reachable and usable', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/en/algorithms/');
    await tabTo(page, '.skip-link');
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();

    await page.goto('/en/algorithms/');
    await tabTo(page, '.search-button');
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-dialog .search-ui input')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('.search-button')).toBeFocused();

    await tabTo(page, '.theme-toggle');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await page.goto('/en/algorithms/');
    // Parts other than the one being read are closed: Enter on a part's summary opens it.
    const reference = page.locator('#sidebar details').filter({ hasText: 'Reference' });
    await expect(reference).not.toHaveAttribute('open', '');
    await tabTo(page, '#sidebar > ul > li:last-child > details > summary');
    await page.keyboard.press('Enter');
    await expect(reference).toHaveAttribute('open', '');
    await tabTo(page, '#sidebar a[href="/en/faq/"]');
    // Past every link of the chapter's text (glossary terms, references, citations) to its table of contents.
    await tabTo(page, '.toc-aside a[data-toc-link]', 600);
    const slug = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.tocLink);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(slug!).replace(/%/g, '%')}$`));

    await page.goto('/en/algorithms/');
    await tabTo(page, 'a.language-switch');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/algorithms\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await context.close();
  });
});
