import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Brings each diagram on the page into view (diagrams are drawn only near the
 * viewport) and waits until it is drawn. Returns how many the page has.
 */
export async function drawDiagrams(page: Page): Promise<number> {
  const figures = await page.locator('figure.diagram').all();
  for (const figure of figures) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure, `${page.url()} diagram`).toHaveAttribute('data-state', 'drawn');
  }
  return figures.length;
}
