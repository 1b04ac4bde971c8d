import { expect, test } from './fixtures';

test.describe('numbers, cross-references and citations', () => {
  test('a cross-reference in another chapter leads to its numbered target', async ({ page }) => {
    await page.goto('/en/errata/');
    const link = page.locator('a.xref[href="../algorithms/#eq-weight-update"]').first();
    await expect(link).toHaveText('Equation (3.3)');
    await link.click();
    await expect(page).toHaveURL(/\/en\/algorithms\/#eq-weight-update$/);
    const equation = page.locator('#eq-weight-update');
    await expect(equation).toBeInViewport();
    // The number stands beside the formula, outside KaTeX.
    await expect(equation.locator('.equation-number')).toHaveText('(3.3)');
  });

  test('figures, tables and sections carry their numbers, in each language', async ({ page }) => {
    await page.goto('/algorithms/');
    await expect(page.locator('h1 .chapter-number')).toHaveText('3');
    await expect(page.locator('h2 .section-number').first()).toHaveText('3.1');
    await expect(page.locator('#fig-gradient-descent figcaption .caption-number')).toHaveText('图 3.4');
    await expect(page.locator('#fig-training-loop figcaption .caption-number')).toHaveText('图 3.1');
    await page.goto('/en/concepts/');
    await expect(page.locator('#tbl-models > figcaption')).toContainText('Table 2.1: ');
    // The reference part has no numbers.
    await page.goto('/en/faq/');
    await expect(page.locator('h1 .chapter-number')).toHaveCount(0);
    await expect(page.locator('.section-number')).toHaveCount(0);
  });

  test('a citation leads to its entry in the chapter’s references, which links the source', async ({ page }) => {
    await page.goto('/en/algorithms/');
    const citation = page.locator('a.citation').first();
    await expect(citation).toHaveText('[1]');
    await citation.click();
    await expect(page).toHaveURL(/#ref-vaswani2017$/);
    const entry = page.locator('#ref-vaswani2017');
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText('[1] A. Vaswani et al., “Attention is all you need,”');
    await expect(entry.locator('a[href="https://arxiv.org/abs/1706.03762"]')).toHaveCount(1);
    await page.goto('/algorithms/');
    await expect(page.locator('sup.citation-group a.citation').first()).toHaveText('1');
    await expect(page.locator('#references')).toHaveText('参考文献');
    await expect(page.locator('#ref-vaswani2017')).toContainText('VASWANI A, SHAZEER N, PARMAR N, 等. Attention is all you need[C/OL]');
  });

  for (const book of ['/book/', '/en/book/']) {
    test(`${book}: ids are unique, every link within the page has its target, and references stay in the page`, async ({ page }) => {
      await page.goto(book);
      const { duplicates, missing, inPage } = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        const seen = new Set<string>();
        const duplicates = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
        const hrefs = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')].map((a) => decodeURIComponent(a.hash.slice(1))).filter(Boolean);
        const missing = hrefs.filter((id) => !document.getElementById(id));
        const inPage = [...document.querySelectorAll<HTMLAnchorElement>('main a.xref, main a.citation')].filter((a) => !a.getAttribute('href')!.startsWith('#')).length;
        return { duplicates, missing, inPage };
      });
      expect(duplicates).toEqual([]);
      expect(missing).toEqual([]);
      expect(inPage, 'cross-references and citations that leave the page').toBe(0);
      const reference = page.locator('[data-book-chapter="errata"] a.xref[href="#algorithms--eq-weight-update"]').first();
      await reference.click();
      await expect(page).toHaveURL(new RegExp(`${book}#algorithms--eq-weight-update$`));
      await expect(page.locator('[id="algorithms--eq-weight-update"]')).toBeInViewport();
    });
  }
});
