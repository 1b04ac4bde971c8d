import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * <Tabs> in the practice chapter: two tab sets synced by "os" (installing
 * Python, creating the virtual environment), then one by "pkg" (pip, conda).
 */
const sets = (page: Page) => page.locator('[data-tabs]');
const panels = (set: Locator) => set.locator(':scope > [role="tabpanel"]');
const tab = (set: Locator, name: string) => set.getByRole('tab', { name, exact: true });

/** The one visible panel of a set says which tab is selected, and the tab agrees. */
async function expectSelected(set: Locator, name: string) {
  await expect(tab(set, name)).toHaveAttribute('aria-selected', 'true');
  await expect(tab(set, name)).toHaveAttribute('tabindex', '0');
  await expect(set.locator('[role="tab"][aria-selected="true"]')).toHaveCount(1);
  await expect(set.locator('[role="tab"][tabindex="-1"]')).toHaveCount((await set.getByRole('tab').count()) - 1);
  const visible = set.locator(':scope > [role="tabpanel"]:visible');
  await expect(visible).toHaveCount(1);
  const controls = await tab(set, name).getAttribute('aria-controls');
  await expect(visible).toHaveAttribute('id', controls!);
  await expect(visible).toHaveAttribute('aria-labelledby', (await tab(set, name).getAttribute('id'))!);
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(sets(page)).toHaveCount(3);
  await expect(page.locator('[data-tabs-ready]')).toHaveCount(3);
}

test.describe('tabs', () => {
  test('keyboard: Tab reaches the selected tab, arrows wrap, Home and End jump, and the page does not turn', async ({ page }) => {
    await open(page, '/en/practice/');
    const set = sets(page).first();
    // Focus a point just before the set, as a reader tabbing through the text reaches it.
    await set.evaluate((el) => {
      const before = document.createElement('span');
      before.tabIndex = -1;
      el.before(before);
      before.focus();
    });
    await page.keyboard.press('Tab');
    await expect(tab(set, 'Linux')).toBeFocused();
    const ring = await tab(set, 'Linux').evaluate((el) => getComputedStyle(el).outlineStyle !== 'none' && parseFloat(getComputedStyle(el).outlineWidth) > 0);
    expect(ring, 'the focused tab shows a focus ring').toBe(true);
    // Only the selected tab is in the Tab order: the next stop is its panel.
    await page.keyboard.press('Tab');
    await expect(panels(set).first()).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(tab(set, 'Linux')).toBeFocused();

    for (const [key, name] of [
      ['ArrowRight', 'macOS'],
      ['ArrowRight', 'Windows'],
      ['ArrowRight', 'Linux'],
      ['ArrowLeft', 'Windows'],
      ['Home', 'Linux'],
      ['End', 'Windows'],
      ['ArrowLeft', 'macOS'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(tab(set, name), `${key} focuses ${name}`).toBeFocused();
      await expectSelected(set, name);
    }
    await expect(page).toHaveURL(/\/en\/practice\/$/);
  });

  test('a click selects a tab and shows its panel', async ({ page }) => {
    await open(page, '/en/practice/');
    const pkg = sets(page).nth(2);
    await expectSelected(pkg, 'pip');
    await tab(pkg, 'conda').click();
    await expectSelected(pkg, 'conda');
    await expect(pkg.getByRole('tabpanel')).toContainText('conda install -c conda-forge tensorflow');
    await expect(pkg.getByRole('tabpanel')).not.toContainText('tensorflow[and-cuda]');
  });

  test('syncKey: sets with the same key follow each other, and the choice survives reloads, other pages and languages', async ({ page }) => {
    await open(page, '/en/practice/');
    const [install, venv, pkg] = [sets(page).nth(0), sets(page).nth(1), sets(page).nth(2)];
    await tab(install, 'macOS').click();
    await expectSelected(venv, 'macOS');
    await expectSelected(pkg, 'pip');
    await tab(venv, 'Windows').click();
    await expectSelected(install, 'Windows');
    await tab(pkg, 'conda').click();
    expect(await page.evaluate(() => [localStorage.getItem('tabs:os'), localStorage.getItem('tabs:pkg')])).toEqual(['Windows', 'conda']);

    await page.reload();
    await expect(page.locator('[data-tabs-ready]')).toHaveCount(3);
    await expectSelected(install, 'Windows');
    await expectSelected(venv, 'Windows');
    await expectSelected(pkg, 'conda');

    await open(page, '/practice/');
    await expectSelected(sets(page).nth(0), 'Windows');
    await expectSelected(sets(page).nth(2), 'conda');
  });

  test('a synced switch in a set above the viewport does not move the tab in use', async ({ page }) => {
    await open(page, '/en/practice/');
    const [install, venv] = [sets(page).nth(0), sets(page).nth(1)];
    const target = tab(venv, 'Linux');
    const height = () => install.evaluate((el) => el.getBoundingClientRect().height);
    const top = () => target.evaluate((el) => el.getBoundingClientRect().top);
    // The second set's tabs near the top of the window, the first set entirely above it. Chromium's
    // own scroll anchoring would hide a missing correction (Safari has none): switch it off.
    await target.evaluate((el) => {
      document.documentElement.style.overflowAnchor = 'none';
      window.scrollBy({ top: el.getBoundingClientRect().top - 20, behavior: 'instant' });
      el.focus({ preventScroll: true });
    });
    expect(await install.evaluate((el) => el.getBoundingClientRect().bottom), 'the first set is above the window').toBeLessThan(0);
    const before = { top: await top(), height: await height() };
    await page.keyboard.press('End');
    await expectSelected(install, 'Windows');
    expect(await height(), 'the first set changed height').not.toBe(before.height);
    expect(Math.abs((await top()) - before.top)).toBeLessThan(2);
  });

  test('a link to something inside a hidden panel opens that panel', async ({ page }) => {
    await page.goto('/en/practice/#tabs-3-panel-1');
    await expectSelected(sets(page).nth(2), 'conda');
  });

  test('before the script runs, CSS alone shows the tab list and the first panel only', async ({ page }) => {
    await page.route(/Tabs\.astro_astro_type_script/, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await page.goto('/en/practice/');
    await expect(page.locator('[data-tabs-ready]')).toHaveCount(0);
    for (const set of await sets(page).all()) {
      await expect(set.getByRole('tablist')).toBeVisible();
      await expect(set.locator(':scope > [role="tabpanel"]:visible')).toHaveCount(1);
      await expect(panels(set).first()).toBeVisible();
      await expect(set.locator('.tab-label:visible')).toHaveCount(0);
    }
  });

  test('without JavaScript every panel shows under its label, and the tab list is hidden', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/practice/');
    await expect(page.locator('html')).not.toHaveAttribute('data-js');
    await expect(sets(page)).toHaveCount(3);
    for (const set of await sets(page).all()) {
      await expect(set.locator('[role="tablist"]')).toBeHidden();
      const labels = await set.locator('[role="tab"]').allTextContents();
      await expect(panels(set)).toHaveCount(labels.length);
      for (const [i, label] of labels.entries()) {
        await expect(panels(set).nth(i)).toBeVisible();
        await expect(panels(set).nth(i).locator('.tab-label')).toBeVisible();
        await expect(panels(set).nth(i).locator('.tab-label')).toHaveText(label.trim());
      }
    }
    await context.close();
  });

  test('in print every panel shows under its label, and the tab list is hidden', async ({ page }) => {
    await open(page, '/en/practice/');
    await tab(sets(page).nth(2), 'conda').click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('tablist')).toHaveCount(0);
    await expect(page.locator('[role="tabpanel"]:visible')).toHaveCount(8);
    await expect(page.locator('.tab-label:visible')).toHaveCount(8);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('[role="tabpanel"]:visible')).toHaveCount(3);
  });

  test('on a 360-px phone the tabs fit and the page does not scroll sideways', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await open(page, '/en/practice/');
    await tab(sets(page).first(), 'Windows').click();
    await expect(tab(sets(page).first(), 'Windows')).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('the whole-book page keeps its tabs working after its ids are rewritten', async ({ page }) => {
    await page.goto('/en/book/');
    const book = page.locator('[data-book-chapter="practice"] [data-tabs]');
    await expect(book).toHaveCount(3);
    await expect(book.first().locator('[role="tab"]').first()).toHaveAttribute('id', 'practice--tabs-1-tab-0');
    await tab(book.first(), 'macOS').click();
    await expectSelected(book.first(), 'macOS');
    await expectSelected(book.nth(1), 'macOS');
    await page.keyboard.press('End');
    await expectSelected(book.first(), 'Windows');
    await expect(tab(book.first(), 'Windows')).toBeFocused();
    await expect(page.locator('#practice--tabs-1-panel-2')).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the tabs in the ${theme} theme`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      for (const path of ['/en/practice/', '/practice/']) {
        await open(page, path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await tab(sets(page).nth(2), 'conda').click();
        await tab(sets(page).first(), 'macOS').hover();
        const result = await new AxeBuilder({ page })
          .include('[data-tabs]')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        expect(result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      await context.close();
    });
  }
});
