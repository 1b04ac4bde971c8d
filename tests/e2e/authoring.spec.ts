import { expect, test } from './fixtures';

/**
 * What authors write in Markdown, as readers get it: callouts, footnotes,
 * figures, tables, the glossary and the book's parts.
 */
test.describe('callouts', () => {
  test('each is a note named by its localised label, with an icon, in the theme’s colours and in print', async ({ page }) => {
    await page.goto('/algorithms/');
    const zh = page.getByRole('note', { name: '警告' });
    await expect(zh).toBeVisible();
    await expect(zh.locator('svg.callout-icon')).toHaveAttribute('aria-hidden', 'true');
    await page.goto('/en/algorithms/');
    const note = page.getByRole('note', { name: 'Warning' });
    await expect(note).toContainText('lower the learning rate first');
    await expect(note).not.toContainText('[!WARNING]');
    const colours = async () => note.locator('.callout-title').evaluate((el) => getComputedStyle(el).color);
    const light = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    expect(await colours(), 'the title colour follows the theme').not.toBe(light);
    await page.emulateMedia({ media: 'print' });
    await expect(note).toBeVisible();
    expect(await note.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
  });

  test('every type has its label in both languages', async ({ page }) => {
    for (const [path, names] of [
      ['/concepts/', ['重要']],
      ['/en/concepts/', ['Important']],
      ['/background/', ['提示']],
      ['/en/faq/', ['Note']],
    ] as const) {
      await page.goto(path);
      for (const name of names) await expect(page.getByRole('note', { name })).toBeVisible();
    }
  });
});

test.describe('footnotes', () => {
  test('a reference jumps to its note and the localised back-link returns to the text', async ({ page }) => {
    // Sources are citations now; footnotes are notes, like this one on the learning rate's two names.
    await page.goto('/algorithms/');
    await expect(page.locator('#footnote-label')).toHaveText('脚注');
    await page.locator('a[data-footnote-ref]').first().click();
    await expect(page).toHaveURL(/#user-content-fn-eta$/);
    await expect(page.locator('[id="user-content-fn-eta"]')).toBeInViewport();
    const back = page.getByRole('link', { name: '返回正文第 1 处引用' });
    await back.click();
    await expect(page).toHaveURL(/#user-content-fnref-eta$/);
    await page.goto('/en/algorithms/');
    await expect(page.locator('#footnote-label')).toHaveText('Footnotes');
    await expect(page.getByRole('link', { name: 'Back to reference 1 in the text' })).toHaveCount(1);
  });

  test('in the whole book, each chapter’s notes and references have their own ids and links stay in their chapter', async ({ page }) => {
    await page.goto('/en/book/');
    const ids = await page.locator('[id*="user-content-fn"], [id*="ref-"]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(30);
    expect(new Set(ids).size, 'no id twice').toBe(ids.length);
    expect(ids).toContain('algorithms--user-content-fn-eta');
    // Two chapters cite the same paper: each has its own entry.
    expect(ids).toContain('algorithms--ref-vaswani2017');
    expect(ids).toContain('errata--ref-vaswani2017');
    const ref = page.locator('#algorithms a[data-footnote-ref]').first();
    await expect(ref).toHaveAttribute('href', '#algorithms--user-content-fn-eta');
    await ref.click();
    await expect(page.locator('[id="algorithms--user-content-fn-eta"]')).toBeInViewport();
    const citation = page.locator('[data-book-chapter="errata"] a.citation[href="#errata--ref-vaswani2017"]').first();
    await citation.click();
    await expect(page.locator('[id="errata--ref-vaswani2017"]')).toBeInViewport();
  });
});

test.describe('figures', () => {
  test('a chapter image is responsive WebP with its size set, lazy, captioned and loaded when reached', async ({ page }) => {
    for (const [path, caption] of [
      ['/algorithms/', /^图 3\.4　在损失函数 L = 0\.4w₁² \+ 2w₂² 上/],
      ['/en/algorithms/', /^Figure 3\.4: Gradient descent on the loss L = 0\.4w₁² \+ 2w₂²/],
    ] as const) {
      await page.goto(path);
      const figure = page.locator('figure.figure').first();
      const img = figure.locator('img');
      await expect(figure.locator('figcaption')).toHaveText(caption);
      await expect(img).toHaveAttribute('loading', 'lazy');
      await expect(img).toHaveAttribute('width', '1600');
      await expect(img).toHaveAttribute('height', '1000');
      await expect(img).toHaveAttribute('sizes', /46rem/);
      const srcset = (await img.getAttribute('srcset')) ?? '';
      expect(srcset.split(', ').map((s) => s.split(' ')[1])).toEqual(['480w', '736w', '1104w', '1472w']);
      expect(srcset).toMatch(/\.webp 480w/);
      expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(40);
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
      expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/\.webp$/);
    }
  });
});

test.describe('tables', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('a wide table scrolls in its own named, focusable box; the page does not scroll sideways', async ({ page }) => {
    await page.goto('/en/concepts/');
    const box = page.getByRole('region', { name: /^Table: Model, Released, Architecture/ });
    await expect(box).toHaveAttribute('tabindex', '0');
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // ← and → scroll the focused table; they do not turn the page.
    await expect(page).toHaveURL(/\/en\/concepts\/$/);
    await page.goto('/concepts/');
    await expect(page.getByRole('region', { name: /^表格：模型、发布、架构/ })).toBeVisible();
  });
});

test.describe('glossary', () => {
  const collator = { zh: new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base', numeric: true }), en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }) };
  for (const [path, locale] of [
    ['/glossary/', 'zh'],
    ['/en/glossary/', 'en'],
  ] as const) {
    test(`${path} is sorted ${locale === 'zh' ? 'by pinyin' : 'alphabetically'}, each term with an anchor, its other name and its chapter`, async ({ page }) => {
      await page.goto(path);
      const names = await page.locator('.glossary-term dfn').allTextContents();
      expect(names.length).toBeGreaterThanOrEqual(30);
      // Within each index letter, the terms follow the language's collation.
      const groups = await page.locator('.glossary-group').evaluateAll((sections) =>
        sections.map((s) => [...s.querySelectorAll('dfn')].map((d) => d.textContent ?? '')),
      );
      for (const group of groups) expect(group).toEqual([...group].sort(collator[locale].compare));
      const letters = await page.locator('.glossary-letter').allTextContents();
      expect(letters).toEqual([...letters].sort());
      const term = page.locator('[id="self-attention"]');
      await expect(term.locator('dfn')).toHaveText(locale === 'zh' ? '自注意力' : 'self-attention');
      await expect(term.locator('.glossary-other')).toHaveText(locale === 'zh' ? 'self-attention' : '自注意力');
      await page.locator('a.anchor-link[href="#knowledge-distillation"]').click();
      await expect(page.locator('[id="knowledge-distillation"]')).toBeInViewport();
      const chapterLink = page.locator('.glossary-term', { has: page.locator('[id="backpropagation"]') }).locator('.glossary-chapter a');
      await expect(chapterLink).toHaveAttribute('href', locale === 'zh' ? '/algorithms/' : '/en/algorithms/');
    });
  }
});

test.describe('parts', () => {
  test('the sidebar groups chapters by part; only the current part is open and the current chapter marked', async ({ page }) => {
    await page.goto('/en/practice/');
    const parts = page.locator('#sidebar details');
    await expect(parts).toHaveCount(5);
    await expect(page.locator('#sidebar details[open]')).toHaveCount(1);
    const open = page.locator('#sidebar details[open]');
    await expect(open.locator('summary')).toHaveText('Methods and practice');
    const title = ((await page.locator('h1').textContent()) ?? '').replace(/^\d+\s*/, '');
    await expect(open.locator('a[aria-current="page"]')).toHaveText(title);
    await expect(page.locator('#sidebar a[href="/en/errata/"]')).toBeHidden();
  });

  test('parts open and close without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/background/');
    const reference = page.locator('#sidebar details').filter({ hasText: '参考' });
    const errata = reference.locator('a[href="/errata/"]');
    await expect(errata).toBeHidden();
    await reference.locator('summary').click();
    await expect(errata).toBeVisible();
    await reference.locator('summary').click();
    await expect(errata).toBeHidden();
    await context.close();
  });

  test('the home and whole-book pages list the book by part; prev/next cross parts', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('.part-title')).toHaveText(['Foundations', 'Methods and practice', 'Building products', 'Applications and outlook', 'Reference']);
    // Chapters are numbered across parts.
    await expect(page.locator('.chapter-list').nth(1)).toHaveAttribute('start', '3');
    await page.goto('/book/');
    await expect(page.locator('.book-contents h3')).toHaveText(['基础', '方法与实践', '构建产品', '应用与展望', '参考']);
    await expect(page.locator('.book-part-title')).toHaveCount(5);
    await page.goto('/en/concepts/');
    await expect(page.locator('.prev-next a[rel="next"]')).toHaveAttribute('href', '/en/algorithms/');
    await page.goto('/en/algorithms/');
    await expect(page.locator('.prev-next a[rel="prev"]')).toHaveAttribute('href', '/en/concepts/');
  });
});
