import { expect, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

test.describe('mobile menu', () => {
  test('opens and closes with the keyboard, moving focus in and back', async ({ page }) => {
    await page.goto('/en/practice/');
    const button = page.locator('.menu-button');
    const sidebar = page.locator('#sidebar');
    await expect(sidebar).toBeHidden();

    // Skip link first, then the menu button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(sidebar).toBeVisible();
    await expect(sidebar.locator('a[aria-current="page"]')).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(sidebar).toBeHidden();
    await expect(button).toBeFocused();

    await page.keyboard.press('Space');
    await expect(sidebar).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/practice\/$/);
  });

  test('the sidebar is always shown, without a menu button, on a wide screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    await page.goto('/practice/');
    await expect(page.locator('#sidebar')).toBeVisible();
    await expect(page.locator('.menu-button')).toBeHidden();
    await context.close();
  });
});
