import { expect, test } from './fixtures';
import { chapterPages, htmlLang } from './site';

const siteTitle = { zh: '大模型创业指南', en: 'Building with Large Models' } as const;

test.describe('home pages', () => {
  for (const locale of ['zh', 'en'] as const) {
    const path = locale === 'en' ? '/en/' : '/';
    test(`${path} has the title, an introduction and every chapter with its description`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[locale]);
      await expect(page.locator('h1')).toHaveText(siteTitle[locale]);
      await expect(page.locator('.intro')).not.toBeEmpty();
      const expected = chapterPages.filter((p) => p.locale === locale);
      const items = page.locator('.chapter-list li');
      await expect(items).toHaveCount(expected.length);
      for (const [i, chapter] of expected.entries()) {
        await expect(items.nth(i).locator('a')).toHaveText(chapter.title);
        await expect(items.nth(i).locator('a')).toHaveAttribute('href', chapter.path);
        await expect(items.nth(i).locator('p')).not.toBeEmpty();
      }
    });
  }
});

test.describe('chapter pages', () => {
  for (const chapter of chapterPages) {
    test(`${chapter.path} loads with its h1, sidebar, pager and language link`, async ({ page }) => {
      const response = await page.goto(chapter.path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[chapter.locale]);
      await expect(page.locator('h1')).toHaveCount(1);
      // Chapters of a numbered part show their number before the title.
      await expect(page.locator('h1')).toHaveText(new RegExp(`^(\\d+ )?${chapter.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

      const siblings = chapterPages.filter((p) => p.locale === chapter.locale);
      await expect(page.locator('#sidebar ol a')).toHaveText(siblings.map((p) => p.title));
      await expect(page.locator('#sidebar a.book-link')).toHaveAttribute('href', chapter.locale === 'en' ? '/en/book/' : '/book/');
      await expect(page.locator('#sidebar a[aria-current="page"]')).toHaveText(chapter.title);

      const index = siblings.indexOf(chapter);
      const prev = page.locator('.prev-next a[rel="prev"]');
      const next = page.locator('.prev-next a[rel="next"]');
      if (index > 0) await expect(prev).toHaveAttribute('href', siblings[index - 1]!.path);
      else await expect(prev).toHaveCount(0);
      if (index < siblings.length - 1) await expect(next).toHaveAttribute('href', siblings[index + 1]!.path);
      else await expect(next).toHaveCount(0);

      await expect(page.locator('a.language-switch')).toHaveAttribute('href', chapter.twinPath);
      await expect(page.locator(`link[rel="alternate"][hreflang="${htmlLang[chapter.locale === 'zh' ? 'en' : 'zh']}"]`)).toHaveAttribute(
        'href',
        new RegExp(`${chapter.twinPath.replace(/\//g, '\\/')}$`),
      );
    });
  }

  test('every link on every page resolves, and every #anchor exists on its target page', async ({ page, request }) => {
    const fetched = new Map<string, { status: number; ids: Set<string> }>();
    const load = async (target: string) => {
      if (!fetched.has(target)) {
        const response = await request.get(target);
        const html = response.ok() ? await response.text() : '';
        fetched.set(target, { status: response.status(), ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)) });
      }
      return fetched.get(target)!;
    };
    let anchors = 0;
    for (const chapter of [...chapterPages, { path: '/' }, { path: '/en/' }]) {
      await page.goto(chapter.path);
      const links = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href));
      for (const href of links) {
        const url = new URL(href);
        if (url.origin !== new URL(page.url()).origin) continue;
        const target = await load(url.origin + url.pathname);
        expect(target.status, `${chapter.path} links to ${url.pathname}`).toBe(200);
        if (url.hash) {
          anchors += 1;
          const id = decodeURIComponent(url.hash.slice(1));
          expect(target.ids.has(id), `${chapter.path} links to ${url.pathname}${url.hash}, which has no such id`).toBe(true);
        }
      }
    }
    expect(fetched.size).toBeGreaterThan(chapterPages.length);
    expect(anchors).toBeGreaterThan(50);
  });
});

test.describe('math', () => {
  test('formulas are rendered by KaTeX at build time, with MathML, and no errors', async ({ page }) => {
    let pagesWithMath = 0;
    for (const chapter of chapterPages) {
      await page.goto(chapter.path);
      const formulas = await page.locator('.katex').count();
      await expect(page.locator('.katex-error')).toHaveCount(0);
      const stylesheet = page.locator('link[rel="stylesheet"][href*="katex"]');
      if (formulas === 0) {
        await expect(stylesheet, `${chapter.path} has no formula, so no KaTeX CSS`).toHaveCount(0);
        continue;
      }
      pagesWithMath += 1;
      await expect(stylesheet).toHaveCount(1);
      await expect(page.locator('.katex .katex-mathml math')).toHaveCount(formulas);
      const font = await page.locator('.katex').first().evaluate((el) => getComputedStyle(el).fontFamily);
      expect(font).toContain('KaTeX_Main');
    }
    expect(pagesWithMath).toBeGreaterThanOrEqual(2);
  });

  test('no KaTeX JavaScript is loaded, and KaTeX fonts are woff2 from the site', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/algorithms/');
    // Sections off screen are not laid out, so a formula's fonts load when it comes into view.
    await page.locator('.katex').first().scrollIntoViewIfNeeded();
    await page.evaluate(async () => {
      await new Promise(requestAnimationFrame);
      await document.fonts.ready;
    });
    expect(requests.filter((u) => /katex.*\.js/i.test(u))).toEqual([]);
    const fonts = requests.filter((u) => /KaTeX_/.test(u));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*\.woff2$/);
  });
});

test.describe('layout', () => {
  test('no page scrolls sideways on a phone, wide formulas scroll inside their box', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const chapter of chapterPages) {
      await page.goto(chapter.path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${chapter.path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await page.goto('/algorithms/');
    const display = page.locator('.katex-display').first();
    expect(await display.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
    await context.close();
  });

  test('code blocks have highlighting, a language label and a localized copy button', async ({ page }) => {
    await page.goto('/algorithms/');
    const block = page.locator('.expressive-code pre[data-language="python"]').first();
    await expect(block).toBeVisible();
    expect(await block.locator('span[style*="--0"]').count()).toBeGreaterThan(5);
    const label = await block.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toContain('python');
    await expect(page.locator('.expressive-code .copy button').first()).toHaveAttribute('title', '复制到剪贴板');
    await page.goto('/en/algorithms/');
    await expect(page.locator('.expressive-code .copy button').first()).toHaveAttribute('title', 'Copy to clipboard');
  });

  test('the table of contents marks the section being read', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto('/en/algorithms/');
    const links = page.locator('.toc-aside a[data-toc-link]');
    expect(await links.count()).toBeGreaterThan(3);
    const last = await links.last().getAttribute('data-toc-link');
    await page.locator(`[id="${last}"]`).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator(`.toc-aside a[data-toc-link="${last}"]`)).toHaveAttribute('aria-current', 'true');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(links.first()).toHaveAttribute('aria-current', 'true');
    await context.close();
  });

  test('print shows the chapter only, with link targets written out', async ({ page }) => {
    await page.goto('/en/resources/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '#sidebar', '.toc-aside', '.prev-next', '.site-footer']) {
      await expect(page.locator(selector)).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    const after = await page
      .locator('.prose a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
  });
});

test.describe('hosting', () => {
  test('an unknown address gets the 404 page with status 404', async ({ page, guard }) => {
    guard.allow.push(/status of 404/);
    for (const path of ['/no-such-page/', '/en/no-such-chapter/', '/algorithms/missing.png']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('h1')).toContainText('404');
      await expect(page.locator('h1')).toContainText('Page not found');
    }
  });

  test('links to other sites open without opener or referrer', async ({ page }) => {
    let external = 0;
    for (const chapter of chapterPages) {
      await page.goto(chapter.path);
      for (const link of await page.locator('a[href^="http"]').all()) {
        external += 1;
        await expect(link, `${chapter.path} ${await link.getAttribute('href')}`).toHaveAttribute('rel', 'noopener noreferrer');
      }
    }
    expect(external).toBeGreaterThan(10);
  });

  test('every page carries its Content-Security-Policy before any script, and social metadata', async ({ page }) => {
    for (const chapter of [chapterPages[0]!, chapterPages[chapterPages.length - 1]!]) {
      await page.goto(chapter.path);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const order = await page.evaluate(() => {
        const meta = document.querySelector('meta[http-equiv="content-security-policy"]')!;
        return [...document.scripts].every((s) => meta.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(order, 'every script comes after the policy').toBe(true);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', chapter.title);
      await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    }
  });
});
