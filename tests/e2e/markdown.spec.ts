import { expect, test } from './fixtures';
import { chapterPages } from './site';

/**
 * The book as Markdown, as a reader's tool fetches it from the served site,
 * and the "copy as Markdown" button on a chapter.
 */
test.describe('Markdown for tools', () => {
  for (const home of ['/', '/en/']) {
    test(`every link in ${home}llms.txt answers 200, with Markdown but for the PDF and EPUB`, async ({ request, baseURL }) => {
      const response = await request.get(`${home}llms.txt`);
      expect(response.status()).toBe(200);
      const links = [...(await response.text()).matchAll(/\]\((\S+?)\)/g)].map((m) => new URL(m[1]!));
      expect(links.length).toBeGreaterThan(chapterPages.length / 2);
      const locale = home === '/' ? 'zh' : 'en';
      // The book to download is linked too (src/export); the rest is Markdown.
      const downloads = links.filter((link) => link.pathname.startsWith('/downloads/'));
      expect(downloads.map((link) => link.pathname)).toEqual([`/downloads/building-with-large-models-${locale}.pdf`, `/downloads/building-with-large-models-${locale}.epub`]);
      for (const link of links) {
        // Links carry the configured SITE_URL; ask the server under test for the same path.
        const url = new URL(link.pathname, baseURL).href;
        if (downloads.includes(link)) {
          // Megabytes each: their status is enough here (downloads.spec.ts checks them).
          expect((await request.head(url)).status(), link.pathname).toBe(200);
          continue;
        }
        const answer = await request.get(url);
        expect(answer.status(), link.pathname).toBe(200);
        expect(await answer.text(), link.pathname).toMatch(/^# \S/);
      }
    });
  }

  for (const chapter of chapterPages.filter((p) => p.slug === 'practice')) {
    test(`${chapter.path}: "copy as Markdown" puts the chapter's Markdown on the clipboard and says so`, async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      await page.goto(chapter.path);
      const label = chapter.locale === 'zh' ? '复制为 Markdown' : 'Copy as Markdown';
      const status = page.getByRole('status').filter({ hasText: chapter.locale === 'zh' ? '已将本章复制为 Markdown' : 'Chapter copied as Markdown' });
      await page.getByRole('button', { name: label }).click();
      await expect(status).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const served = await (await page.request.get(`${chapter.path}index.md`)).text();
      expect(copied).toBe(served);
      // A chapter of a numbered part: its number before the title.
      expect(copied).toMatch(/^# \d+ /);
      expect(copied.split('\n')[0]).toContain(chapter.title);
      // A tab set arrives as one labelled section per tab.
      expect(copied).toMatch(/\*\*Linux\*\*[\s\S]*\*\*macOS\*\*[\s\S]*\*\*Windows\*\*/);
    });
  }

  test('without JavaScript the copy button is not offered', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/en/practice/', test.info().project.use.baseURL).href);
    await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toHaveCount(0);
    await context.close();
  });
});
