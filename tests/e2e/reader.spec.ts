import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { drawDiagrams } from './draw-diagrams';
import { chapterPages } from './site';

const gitDate = (file: string) => execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim();

test.describe('reader features', () => {
  test('each chapter shows its reading time and the date of its last commit, in the page’s language', async ({ page }) => {
    await page.goto('/practice/');
    await expect(page.locator('.reading-time')).toHaveText(/^约 \d+ 分钟读完$/);
    const date = gitDate('content/zh/practice.mdx');
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('.last-updated time')).toHaveAttribute('datetime', date);
    const [y, m, d] = date.split('-').map(Number);
    await expect(page.locator('.last-updated time')).toHaveText(`${y}年${m}月${d}日`);
    await page.goto('/en/practice/');
    await expect(page.locator('.reading-time')).toHaveText(/^\d+ min read$/);
    await expect(page.locator('.last-updated time')).toHaveAttribute('datetime', gitDate('content/en/practice.mdx'));
    // The label and the date are separate words ("Last updated November 28, 2026", not "updatedNovember").
    await expect(page.locator('.last-updated')).toHaveText(/^Last updated [A-Z][a-z]+ \d{1,2}, \d{4}$/);
  });

  test('without REPO_URL there is no edit link', async ({ page }) => {
    await page.goto('/en/faq/');
    await expect(page.locator('a.edit-link')).toHaveCount(0);
  });

  test('← and → turn the page, but not while typing or with a modifier key', async ({ page }) => {
    await page.goto('/en/concepts/');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/en\/algorithms\/$/);
    await page.waitForLoadState('load');
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/\/en\/concepts\/$/);
    await page.waitForLoadState('load');
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/en\/concepts\/$/);
    await page.keyboard.press('Control+k');
    await page.locator('#search-dialog .search-ui input').fill('model');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/en\/concepts\/$/);
    await page.keyboard.press('Escape');
    await page.goto('/background/');
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/background\/$/);
  });

  test('copying a selected formula puts its LaTeX on the clipboard', async ({ page }) => {
    await page.goto('/en/algorithms/');
    const copied = await page.evaluate(() => {
      const copy = (range: Range) => {
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        const data = new DataTransfer();
        document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
        return data.getData('text/plain');
      };
      const display = document.querySelector('.katex-display')!;
      const whole = document.createRange();
      whole.selectNode(display);
      // A selection that starts inside the rendered formula takes the whole formula.
      const inline = document.querySelector('p .katex')!;
      const partial = document.createRange();
      partial.setStart(inline.querySelector('.katex-html')!.lastChild!, 0);
      partial.setEndAfter(inline.parentElement!.lastChild!);
      return { display: copy(whole), partial: copy(partial) };
    });
    expect(copied.display).toBe('$$f(x) = \\sigma(x) = \\frac{1}{1 + e^{-x}}$$');
    expect(copied.partial).toMatch(/^\$x\$/);
  });

  test('the footer lists the keyboard shortcuts; a back-to-top link works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/applications/');
    await page.locator('.shortcuts summary').click();
    await expect(page.locator('.shortcuts dl')).toContainText('Previous / next chapter');
    await expect(page.locator('.shortcuts dl')).toContainText('Open search');
    await page.locator('.back-to-top').click();
    await expect(page).toHaveURL(/#top$/);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await context.close();
  });
});

test.describe('the whole book on one page', () => {
  for (const locale of ['zh', 'en'] as const) {
    const path = locale === 'en' ? '/en/book/' : '/book/';
    test(`${path} holds every chapter in order, with working math, diagrams and in-page links`, async ({ page }) => {
      await page.goto(path);
      const titles = chapterPages.filter((p) => p.locale === locale).map((p) => p.title);
      // Each title after its chapter's number, if its part is numbered.
      const headings = await page.locator('.book-chapter > .book-chapter-title').evaluateAll((all) =>
        all.map((h) => ({ number: h.querySelector('.chapter-number')?.textContent ?? null, text: h.textContent!.replace(/^\d+\s*/, '') })),
      );
      expect(headings.map((h) => h.text)).toEqual(titles);
      const numbered = chapterPages.filter((p) => p.locale === locale && p.numbered).length;
      expect(headings.filter((h) => h.number !== null).map((h) => Number(h.number))).toEqual(Array.from({ length: numbered }, (_, i) => i + 1));
      const { ids, hashes, duplicates } = await page.evaluate(() => {
        const all = [...document.querySelectorAll('[id]')].map((e) => e.id);
        return {
          ids: all,
          duplicates: all.filter((id, i) => all.indexOf(id) !== i),
          hashes: [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
            .filter((a) => new URL(a.href).pathname === location.pathname && a.hash)
            .map((a) => decodeURIComponent(a.hash.slice(1))),
        };
      });
      expect(duplicates).toEqual([]);
      expect(hashes.length).toBeGreaterThan(60);
      for (const hash of hashes) expect(ids, `#${hash}`).toContain(hash);
      // Links between chapters point inside the page, not to the chapter pages.
      const outside = await page.locator('.book-chapter a[href]').evaluateAll((links) =>
        links.map((a) => (a as HTMLAnchorElement).href).filter((href) => new URL(href).origin === location.origin && new URL(href).pathname !== location.pathname),
      );
      expect(outside).toEqual([]);
      await expect(page.locator('.katex-error')).toHaveCount(0);
      expect(await page.locator('.katex').count()).toBeGreaterThan(50);
      await drawDiagrams(page);
      // Every chapter links to the book.
      await page.goto(locale === 'en' ? '/en/faq/' : '/faq/');
      await expect(page.locator('a.book-link')).toHaveAttribute('href', path);
    });
  }

  test('prints without navigation, each part and chapter on a new page', async ({ page }) => {
    await page.goto('/en/book/');
    await expect(page.locator('.book-print')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '#sidebar', '.site-footer', '.book-print', '.back-to-top']) {
      await expect(page.locator(selector)).toBeHidden();
    }
    // A chapter breaks the page itself, or follows its part's title, which does.
    const breaks = await page.locator('.book-chapter').evaluateAll((sections) =>
      sections.map((s) =>
        s.previousElementSibling?.classList.contains('book-part-title')
          ? `${getComputedStyle(s).breakBefore} after a part title, part ${getComputedStyle(s.parentElement!).breakBefore}`
          : getComputedStyle(s).breakBefore,
      ),
    );
    expect(breaks.length).toBe(chapterPages.filter((p) => p.locale === 'en').length);
    expect(new Set(breaks)).toEqual(new Set(['page', 'avoid after a part title, part page']));
  });
});
