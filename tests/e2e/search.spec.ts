import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chapterPages } from './site';

// Several tests here stand in for Pagefind's files with page.route, which never sees what a
// service worker fetches; the worker has its own tests (offline.spec.ts).
test.use({ serviceWorkers: 'block' });

async function openSearch(page: Page) {
  await page.locator('.search-button').click();
  const input = page.locator('#search-dialog .search-ui input');
  await expect(input).toBeFocused();
  return input;
}

/** Types a query and returns the result pages in order (each page once). */
async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#search-dialog .search-ui input');
  await input.fill(query);
  const message = page.locator('.pagefind-ui__message');
  await expect(message).toContainText(query.slice(0, 40));
  await expect(message).not.toContainText(/Searching|正在搜索/);
  // The count shows first; each result then loads its own data. Wait until all have.
  if (!/No results|没有找到/.test((await message.textContent()) ?? '')) {
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    await expect(page.locator('.pagefind-ui__result .pagefind-ui__loading')).toHaveCount(0);
  }
  const links = await page
    .locator('.pagefind-ui__result .pagefind-ui__result-link')
    .evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(links)];
}

/** Searches the Chinese home page for 蒸馏; the first result must be the chapter that explains it, with the term marked. */
async function searchDistillation(page: Page) {
  await page.goto('/');
  await openSearch(page);
  await search(page, '蒸馏');
  const first = page.locator('.pagefind-ui__result').first();
  await expect(first.locator('.pagefind-ui__result-title').first()).toHaveText('算力、显存与成本');
  await expect(first.locator('.pagefind-ui__result-excerpt mark').first()).toHaveText('蒸馏');
  await expect(first.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /highlight=%E8%92%B8%E9%A6%8F/);
  return first;
}

// [query, chapter expected among the first three results]
const zhQueries: [string, string][] = [
  ['梯度', 'algorithms'], // two-character word
  ['语音', 'applications'], // two-character word
  ['风控', 'applications'], // only inside the compound 金融风控
  ['注意力', 'algorithms'],
  ['反向传播', 'algorithms'],
  ['Transformer 模型', 'concepts'], // mixed Chinese and English
  ['TensorFlow', 'faq'],
  ['backpropagation', 'algorithms'], // Latin script on a Chinese page: the English term in parentheses
  ['安装', 'practice'],
  ['创业', 'background'],
  ['挑战', 'outlook'],
  ['书籍', 'resources'],
  ['蒸馏', 'compute'],
  ['勘误', 'errata'],
  ['跳升', 'algorithms'], // only in a callout
  ['术语表', 'glossary'],
];
const enQueries: [string, string][] = [
  ['train', 'training'],
  ['training', 'training'], // inflections of the same word
  ['trained', 'training'],
  ['gradient', 'algorithms'],
  ['attention', 'algorithms'],
  ['Transformer model', 'algorithms'],
  ['speech synthesis', 'applications'],
  ['risk control', 'applications'],
  ['deployment', 'algorithms'],
  ['startups', 'background'],
  ['challenges', 'outlook'],
  ['books', 'resources'],
  ['WaveNet', 'errata'],
  ['谷歌的', 'errata'], // Chinese script on an English page: the errata quote the Chinese source
  ['NaN', 'algorithms'], // only in a callout
  ['glossary', 'glossary'],
];

test.describe('search', () => {
  test('Chinese queries find the right chapter, in the Chinese index only', async ({ page }) => {
    await page.goto('/concepts/');
    await openSearch(page);
    for (const [query, slug] of zhQueries) {
      const pages = await search(page, query);
      expect(pages.slice(0, 3), `“${query}”`).toContain(`/${slug}/`);
      expect(pages.every((p) => !p.startsWith('/en/')), `“${query}” stays in Chinese`).toBe(true);
    }
  });

  test('English queries find the right chapter, in the English index only', async ({ page }) => {
    await page.goto('/en/concepts/');
    await openSearch(page);
    for (const [query, slug] of enQueries) {
      const pages = await search(page, query);
      expect(pages.slice(0, 3), `“${query}”`).toContain(`/en/${slug}/`);
      expect(pages.every((p) => p.startsWith('/en/')), `“${query}” stays in English`).toBe(true);
    }
  });

  test('a term leads first to the chapter that explains it, not to the reference part', async ({ page }) => {
    // The errata and the glossary mention these terms as often as the chapters do.
    for (const [home, query, chapters] of [
      ['/en/', 'transformer', ['/en/algorithms/', '/en/concepts/', '/en/background/']],
      ['/', 'Transformer', ['/algorithms/', '/concepts/', '/background/']],
      ['/en/', 'backpropagation', ['/en/algorithms/']],
      ['/', '反向传播', ['/algorithms/']],
    ] as const) {
      await page.goto(home);
      await openSearch(page);
      const pages = await search(page, query);
      expect(chapters, `first result for “${query}”: ${pages.join(', ')}`).toContain(pages[0]);
    }
  });

  test('captions are found with their numbers, and the references with their authors', async ({ page }) => {
    await page.goto('/en/');
    await openSearch(page);
    expect(await search(page, 'landmark')).toContain('/en/concepts/');
    const concepts = page.locator('.pagefind-ui__result', { has: page.locator('a.pagefind-ui__result-link[href^="/en/concepts/"]') });
    await expect(concepts.locator('.pagefind-ui__result-excerpt').first()).toContainText('Table 2.1');
    expect(await search(page, 'Rumelhart')).toContain('/en/algorithms/');
    await page.goto('/');
    await openSearch(page);
    expect((await search(page, 'Shazeer'))).toContain('/algorithms/');
  });

  test('a glossary term is found in either language, and its sub-result lands on the term', async ({ page }) => {
    for (const [home, query, glossary] of [
      ['/', 'self-attention', '/glossary/'],
      ['/en/', '自注意力', '/en/glossary/'],
    ] as const) {
      await page.goto(home);
      await openSearch(page);
      expect(await search(page, query), `“${query}” from ${home}`).toContain(glossary);
      const result = page.locator('.pagefind-ui__result', { has: page.locator(`a[href^="${glossary}"]`) }).first();
      const sub = result.locator('.pagefind-ui__result-nested a[href$="#self-attention"]');
      await expect(sub).toHaveCount(1);
      await sub.click();
      await expect(page.locator('[id="self-attention"]')).toBeInViewport();
    }
  });

  test('results show the chapter, sub-results for headings and a highlighted excerpt; a sub-result lands on its heading, terms marked', async ({ page }) => {
    const first = await searchDistillation(page);
    const sub = first.locator('.pagefind-ui__result-nested a').first();
    await expect(sub).toHaveText('7.5.2 蒸馏与更小的模型');
    await sub.click();
    await expect(page).toHaveURL(/\/compute\/\?highlight=.*#%E8%92%B8%E9%A6%8F%E4%B8%8E%E6%9B%B4%E5%B0%8F%E7%9A%84%E6%A8%A1%E5%9E%8B$/);
    await expect(page.locator('[id="蒸馏与更小的模型"]')).toBeInViewport();
    await expect(page.locator('mark.pagefind-highlight').first()).toHaveText('蒸馏');
  });

  // The warm-up must not race the reader's own search: Pagefind keeps one
  // fragment object per page and every search writes its excerpt into it. Seen
  // in CI under load: a first result whose excerpt had no marks, when the
  // warm-up still loaded every fragment through the UI's instance. Here the
  // engine and fragments are slow, so anything that races gets its chance;
  // the next test pins the cause itself.
  test('typing while the engine is still loading still gives marked excerpts', async ({ page }) => {
    const delay = (pattern: string, ms: number) =>
      page.route(pattern, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        await route.continue();
      });
    await delay('**/pagefind/*.pagefind', 1000);
    await delay('**/pagefind/fragment/**', 700);
    await searchDistillation(page);
  });

  test('the warm-up never runs a search of its own through Pagefind', async ({ page }) => {
    // Wrap the module-level API that Pagefind's UI uses, and record every search made through it.
    await page.route('**/pagefind/pagefind.js', async (route) => {
      const response = await route.fetch();
      const source = await response.text();
      const wrapped = source.replace(
        /export\{([^}]*)\};?\s*$/,
        (_, names: string) =>
          `const __record = (name, fn) => (...args) => { (globalThis.__pagefindCalls ??= []).push([name, args[0]]); return fn(...args); };
export { ${names.replace(/\b(search|debouncedSearch|preload)\b/g, '__$1 as $1')} };
const __search = __record('search', search), __debouncedSearch = __record('debouncedSearch', debouncedSearch), __preload = __record('preload', preload);`,
      );
      expect(wrapped, 'pagefind.js still ends with its export list').not.toBe(source);
      await route.fulfill({ response, body: wrapped });
    });
    await searchDistillation(page);
    await page.waitForLoadState('networkidle');
    const calls = await page.evaluate(() => (globalThis as { __pagefindCalls?: [string, unknown][] }).__pagefindCalls ?? []);
    expect(calls.length, 'the UI searched through the module API').toBeGreaterThan(0);
    // Preloading only loads index chunks; a search of any other term would write fragments.
    expect(calls.filter(([name, term]) => name !== 'preload' && term !== '蒸馏')).toEqual([]);
  });

  test('keyboard: Ctrl+K and / open it, focus stays inside, Escape closes and focus returns', async ({ page }) => {
    await page.goto('/en/faq/');
    const dialog = page.locator('#search-dialog');
    const input = dialog.locator('.search-ui input');
    await page.locator('a.language-switch').focus();
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await expect(input).toBeFocused();
    await page.keyboard.type('/');
    await expect(input).toHaveValue('/');
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('#search-dialog'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('a.language-switch')).toBeFocused();

    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Meta+k');
    await expect(dialog).toBeVisible();
  });

  test('hostile queries: no injection, no error, a sensible “no results”', async ({ page }) => {
    page.on('dialog', (d) => {
      throw new Error(`a query opened a dialog: ${d.message()}`);
    });
    await page.goto('/en/');
    await openSearch(page);
    await search(page, '<img src=x onerror=alert(1)>');
    await expect(page.locator('#search-dialog img')).toHaveCount(0);
    for (const query of ['!!!???', '🤖🤖🤖', '。，、？']) {
      expect(await search(page, query)).toEqual([]);
      await expect(page.locator('.pagefind-ui__message')).toContainText('No results');
    }
    const long = 'transformer '.repeat(834).slice(0, 10_000);
    await page.locator('#search-dialog .search-ui input').fill(long);
    await expect(page.locator('.pagefind-ui__message')).toBeVisible();
    await expect(page.locator('.pagefind-ui__message')).not.toContainText(/Searching|failed/);
  });

  for (const [home, caption] of [
    ['/', 'Transformer 编码器层的结构'],
    ['/en/', 'The structure of a Transformer encoder layer'],
  ] as const) {
    test(`the ${home === '/' ? 'Chinese' : 'English'} index holds chapter text only: no formulas, diagram sources or navigation`, async ({ page }) => {
      await page.goto(home);
      // Read back every indexed page through Pagefind's own API.
      const pages = await page.evaluate(async () => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        await pagefind.init();
        const all = await pagefind.search(null);
        return Promise.all(
          all.results.map(async (r: { data: () => Promise<{ url: string; content: string }> }) => {
            const { url, content } = await r.data();
            return { url, content };
          }),
        );
      });
      expect(pages).toHaveLength(chapterPages.filter((p) => p.locale === 'en').length);
      for (const { url, content } of pages) {
        expect(content.length, url).toBeGreaterThan(300);
        // KaTeX's MathML annotation carries the TeX source; Mermaid sources carry their syntax, and every
        // one has accTitle (tests/content/diagrams.test.ts). A bare "-->" is no sign: the errata quote
        // the source text's diagram code in prose.
        for (const leak of ['\\operatorname', '\\frac', 'accTitle', 'graph LR', 'Link to section', '链接到本节', 'Skip to content', '跳到正文', 'On this page', '本页目录']) {
          expect(content.includes(leak), `${url} indexes “${leak}”`).toBe(false);
        }
      }
      // A diagram's caption is part of the text, and is found.
      expect(pages.some((p) => p.content.includes(caption))).toBe(true);
    });
  }

  test('a plain page load fetches nothing of search; opening it does', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    for (const path of ['/', '/algorithms/', '/en/concepts/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(requests.filter((p) => p.startsWith('/pagefind/') || /search-ui|default-ui/.test(p))).toEqual([]);
    await openSearch(page);
    await search(page, 'model');
    await page.waitForLoadState('networkidle');
    const fetched = requests.filter((p) => p.startsWith('/pagefind/'));
    // The engine (WASM), the word index and the fragments of the results shown, each fetched once.
    expect(fetched.filter((p) => p.endsWith('.pagefind'))).toHaveLength(1);
    expect(fetched.some((p) => p.startsWith('/pagefind/index/'))).toBe(true);
    expect(fetched.some((p) => p.startsWith('/pagefind/fragment/'))).toBe(true);
    // pagefind-entry.json is the exception: the dialog checks that an index exists, then
    // Pagefind reads it again with a cache-busting query.
    const once = fetched.filter((p) => p !== '/pagefind/pagefind-entry.json');
    expect(once.length, once.join(' ')).toBe(new Set(once).size);
  });

  test('without an index (as under npm run dev) the dialog says how to build one', async ({ page, guard }) => {
    guard.allow.push(/404/);
    await page.route('**/pagefind/pagefind-entry.json', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.goto('/en/');
    await page.locator('.search-button').click();
    await expect(page.locator('.search-no-index')).toContainText('npm run build');
    await expect(page.locator('.pagefind-ui__message')).toHaveCount(0);
  });
});
