import { expect, test } from './fixtures';
import { drawDiagrams } from './draw-diagrams';
import { SUBPATH } from '../../scripts/lib/chromium';
import { installabilityErrors } from './installability';
import { checkDownloadControl } from './download-control';
import { chapterPages, htmlLang } from './site';

/**
 * The site built with BASE_PATH=/guide/ and SITE_URL=https://example.org,
 * served under /guide/: everything a reader or a crawler touches stays
 * under the base path and works.
 */
test.describe(`deployed under ${SUBPATH}`, () => {
  test('walking every page: every link and asset answers 200, diagrams draw, nothing breaks the CSP', async ({ page, request }) => {
    test.setTimeout(180_000);
    const statuses = new Map<string, number>();
    const assets = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (response.request().resourceType() !== 'document') {
        assets.add(url.pathname);
        statuses.set(url.pathname, response.status());
      }
    });
    const queue = [SUBPATH];
    const seen = new Set<string>();
    let links = 0;
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await drawDiagrams(page);
      const hrefs = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== new URL(page.url()).origin) continue;
        links += 1;
        expect(url.pathname.startsWith(SUBPATH), `${path} links outside the base: ${url.pathname}`).toBe(true);
        if (!statuses.has(url.pathname)) statuses.set(url.pathname, (await request.get(url.pathname)).status());
        if (/\/$/.test(url.pathname) && !url.pathname.includes('/pagefind/')) queue.push(url.pathname);
      }
    }
    for (const asset of assets) expect(asset.startsWith(SUBPATH), `asset outside the base: ${asset}`).toBe(true);
    // 304: the browser revalidating an asset it already has.
    expect([...statuses].filter(([, status]) => status !== 200 && status !== 304)).toEqual([]);
    // Every chapter, the two home pages and the two whole-book pages.
    expect(seen.size).toBe(chapterPages.length + 4);
    console.log(`subpath walk: ${seen.size} pages, ${links} links (${statuses.size} distinct URLs and assets), ${assets.size} assets, 0 CSP violations`);
  });

  test('search finds results in both languages', async ({ page }) => {
    for (const [path, query, expected] of [
      [`${SUBPATH}concepts/`, '梯度', `${SUBPATH}algorithms/`],
      [`${SUBPATH}en/concepts/`, 'gradient', `${SUBPATH}en/algorithms/`],
    ] as const) {
      await page.goto(path);
      await page.keyboard.press('Control+k');
      await page.locator('#search-dialog .search-ui input').fill(query);
      const first = page.locator('.pagefind-ui__result-link').first();
      await expect(first).toHaveAttribute('href', new RegExp(`^${expected}`));
    }
  });

  test('an unknown address shows the 404 page, with links home in both languages', async ({ page, guard }) => {
    // The browser logs the 404 status of the page itself.
    guard.allow.push(/status of 404/);
    for (const path of [`${SUBPATH}no-such-page/`, `${SUBPATH}en/no-such-page/`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toContainText('404');
      await expect(page.locator(`main a[href="${SUBPATH}"]`)).toHaveCount(1);
      await expect(page.locator(`main a[href="${SUBPATH}en/"]`)).toHaveCount(1);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    }
    await page.locator(`main a[href="${SUBPATH}en/#search"]`).click();
    await expect(page.locator('#search-dialog .search-ui input')).toBeFocused();
  });

  test('the sitemap lists every page with its alternates, canonical URLs use SITE_URL and the base', async ({ page, request }) => {
    const robots = await (await request.get(`${SUBPATH}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: https://example.org${SUBPATH}sitemap-index.xml`);
    const index = await (await request.get(`${SUBPATH}sitemap-index.xml`)).text();
    expect(index).toContain(`<loc>https://example.org${SUBPATH}sitemap-0.xml</loc>`);
    const sitemap = await (await request.get(`${SUBPATH}sitemap-0.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const expected = [
      ...chapterPages.map((p) => `https://example.org${SUBPATH}${p.path.slice(1)}`),
      `https://example.org${SUBPATH}`,
      `https://example.org${SUBPATH}en/`,
      `https://example.org${SUBPATH}book/`,
      `https://example.org${SUBPATH}en/book/`,
    ];
    expect(locs.sort()).toEqual(expected.sort());
    for (const chapter of chapterPages) {
      const url = `https://example.org${SUBPATH}${chapter.path.slice(1)}`;
      const twin = `https://example.org${SUBPATH}${chapter.twinPath.slice(1)}`;
      const entry = new RegExp(`<url><loc>${url}</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';
      expect(entry).toContain(`hreflang="${htmlLang[chapter.locale]}" href="${url}"`);
      expect(entry).toContain(`href="${twin}"`);
    }
    await page.goto(`${SUBPATH}en/faq/`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://example.org${SUBPATH}en/faq/`);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', `https://example.org${SUBPATH}faq/`);
    // The page's own social card (src/social), in its language, under the base.
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `https://example.org${SUBPATH}og/en/faq.png`);
    expect((await request.get(`${SUBPATH}og/en/faq.png`)).status()).toBe(200);
  });

  test('with REPO_URL set, each chapter links to its source file for editing', async ({ page }) => {
    for (const [path, file] of [
      [`${SUBPATH}en/faq/`, 'content/en/faq.mdx'],
      [`${SUBPATH}practice/`, 'content/zh/practice.mdx'],
    ] as const) {
      await page.goto(path);
      const edit = page.locator('a.edit-link');
      await expect(edit).toHaveAttribute('href', `https://github.com/example/building-with-large-models/edit/main/${file}`);
      await expect(edit).toHaveText(path.includes('/en/') ? 'Edit this page' : '在 GitHub 上编辑此页');
    }
  });

  test("llms.txt, its links and each chapter's Markdown stay under the base path and answer 200", async ({ page, request }) => {
    for (const [home, locale] of [
      [SUBPATH, 'zh'],
      [`${SUBPATH}en/`, 'en'],
    ] as const) {
      const text = await (await request.get(`${home}llms.txt`)).text();
      const links = [...text.matchAll(/\]\((\S+?)\)/g)].map((m) => new URL(m[1]!));
      expect(links.length).toBeGreaterThan(chapterPages.length / 2);
      // The book to download, in this language (src/export).
      for (const kind of ['pdf', 'epub']) expect(links.map((l) => l.href)).toContain(`https://example.org${SUBPATH}downloads/building-with-large-models-${locale}.${kind}`);
      for (const link of links) {
        const under = link.pathname.startsWith(`${SUBPATH}downloads/`) ? SUBPATH : home;
        expect(link.href.startsWith(`https://example.org${under}`), link.href).toBe(true);
        expect((await request.get(link.pathname)).status(), link.pathname).toBe(200);
      }
    }
    await page.goto(`${SUBPATH}en/algorithms/`);
    const markdown = await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href');
    expect(markdown).toBe(`${SUBPATH}en/algorithms/index.md`);
    const text = await (await request.get(markdown!)).text();
    for (const image of text.matchAll(/!\[[^\]]*\]\((\S+)/g)) {
      expect(image[1]!.startsWith(SUBPATH), image[1]).toBe(true);
      expect((await request.get(image[1]!)).status(), image[1]).toBe(200);
    }
  });

  test('the download control on both home pages and both whole-book pages links files that answer 200', async ({ page, request }) => {
    for (const [path, locale] of [
      [SUBPATH, 'zh'],
      [`${SUBPATH}book/`, 'zh'],
      [`${SUBPATH}en/`, 'en'],
      [`${SUBPATH}en/book/`, 'en'],
    ] as const) {
      await checkDownloadControl(page, request, path, locale);
    }
  });

  test('each language is installable under the base path', async ({ request, baseURL }) => {
    for (const home of [SUBPATH, `${SUBPATH}en/`]) {
      const manifest = await (await request.get(`${home}manifest.webmanifest`)).json();
      expect(manifest.start_url).toBe(home);
      for (const icon of manifest.icons as { src: string }[]) {
        expect(icon.src.startsWith(SUBPATH), icon.src).toBe(true);
        expect((await request.get(icon.src)).status(), icon.src).toBe(200);
      }
      expect(await installabilityErrors(new URL(home, baseURL).href), home).toEqual([]);
    }
  });
});
