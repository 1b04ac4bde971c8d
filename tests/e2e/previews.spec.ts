import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test } from './fixtures';

/**
 * Previews of footnotes, citations, cross-references and glossary terms: by
 * mouse, keyboard and touch, fetched from another page, accessible, and
 * loaded only on pages that have such links.
 */
interface Term {
  id: string;
  zh: string;
  en: string;
  definition: { zh: string; en: string };
}
const glossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as Term[];
const term = (id: string) => glossary.find((t) => t.id === id)!;

/** Helpers take a selector, so the same checks serve every kind of link. */
const FOOTNOTE = 'a[data-footnote-ref]';
const GLOSSARY = 'a.glossary-link';
const CITATION = 'a.citation';
const XREF = 'a.xref';
/** The footnote on /en/algorithms/: a note, not a source. */
const NOTE = 'η and α are two names for the same quantity';
const popoverOf = (page: Page) => page.locator('#preview-popover');
const firstLink = (page: Page, selector: string) => page.locator(`.prose ${selector}`).first();
const describedByPopover = /(^|\s)preview-popover(\s|$)/;

/** Hovers the first `selector` link of the page and waits for its preview. */
async function hoverPreview(page: Page, selector: string): Promise<Locator> {
  const link = firstLink(page, selector);
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  const popover = popoverOf(page);
  await expect(popover).toBeVisible();
  await expect(popover).toHaveAttribute('role', 'tooltip');
  await expect(link).toHaveAttribute('aria-describedby', describedByPopover);
  return link;
}

/** Presses Tab until `link` has focus. */
async function tabTo(page: Page, link: Locator, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await link.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('the link was not reached with Tab');
}

/** Elements inside the popover that Tab would reach. */
const focusableInside = (popover: Locator) =>
  popover.evaluate((el) => [...el.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')].filter((e) => (e as HTMLElement).tabIndex >= 0).length);

test.describe('previews by mouse', () => {
  test('hovering a footnote reference shows the note beside it; leaving hides it; a click still goes to the note', async ({ page }) => {
    await page.goto('/en/algorithms/');
    const link = await hoverPreview(page, FOOTNOTE);
    const popover = popoverOf(page);
    await expect(popover).toContainText(NOTE);
    await expect(popover, 'no back-link in the preview').not.toContainText('↩');
    expect(await page.locator('[id="user-content-fn-eta"]').count(), 'the copy has no ids').toBe(1);
    expect(await focusableInside(popover)).toBe(0);
    // Next to the link, above or below it.
    const [l, p] = [(await link.boundingBox())!, (await popover.boundingBox())!];
    expect(Math.min(Math.abs(p.y - (l.y + l.height)), Math.abs(l.y - (p.y + p.height)))).toBeLessThan(20);

    // Into the popover and it stays; out of both and it goes.
    await page.mouse.move(p.x + p.width / 2, p.y + p.height / 2, { steps: 5 });
    await page.waitForTimeout(400);
    await expect(popover).toBeVisible();
    await page.mouse.move(5, 400, { steps: 5 });
    await expect(popover).toBeHidden();
    await expect(link).toHaveAttribute('aria-describedby', 'footnote-label');

    await link.hover();
    await expect(popover).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/#user-content-fn-eta$/);
    await expect(popover).toBeHidden();
  });

  test('hovering a citation shows its entry in the references, with the link to the source', async ({ page }) => {
    await page.goto('/en/algorithms/');
    await hoverPreview(page, CITATION);
    const popover = popoverOf(page);
    await expect(popover).toContainText('A. Vaswani et al., “Attention is all you need,”');
    await expect(popover.locator('a[href="https://arxiv.org/abs/1706.03762"]')).toHaveCount(1);
    expect(await focusableInside(popover)).toBe(0);
  });

  test('hovering a cross-reference shows the figure, the equation, or the section’s title and first lines', async ({ page }) => {
    await page.goto('/en/algorithms/');
    const popover = popoverOf(page);
    await hoverPreview(page, 'a.xref[href="#fig-gradient-descent"]');
    await expect(popover.locator('img')).toHaveCount(1);
    await expect(popover).toContainText('Figure 3.4: Gradient descent on the loss');
    await page.mouse.move(5, 400);
    await expect(popover).toBeHidden();
    await hoverPreview(page, 'a.xref[href="#eq-backprop"]');
    await expect(popover.locator('.katex-display')).toHaveCount(1);
    await expect(popover.locator('.equation-number')).toHaveText('(3.9)');
    await page.mouse.move(5, 400);
    await expect(popover).toBeHidden();
    await hoverPreview(page, 'a.xref[href^="#sec-"]');
    await expect(popover.locator('.preview-title')).not.toBeEmpty();
    await expect(popover.locator('p').first()).not.toBeEmpty();
  });

  test('a cross-reference to another chapter fetches that page and shows the target', async ({ page }) => {
    await page.goto('/errata/');
    const algorithms = page.waitForResponse((r) => r.url().endsWith('/algorithms/') && r.request().resourceType() === 'fetch');
    await hoverPreview(page, 'a.xref[href="../algorithms/#eq-weight-update"]');
    expect((await algorithms).ok()).toBe(true);
    await expect(popoverOf(page).locator('.equation-number')).toHaveText('(3.3)');
  });
});

test.describe('previews by keyboard', () => {
  test('focus shows the preview, Escape closes it and keeps focus, blur hides it', async ({ page }) => {
    await page.goto('/en/algorithms/');
    const link = firstLink(page, FOOTNOTE);
    const popover = popoverOf(page);
    await tabTo(page, link);
    await expect(popover).toBeVisible();
    await expect(popover).toContainText(NOTE);
    await expect(link).toHaveAttribute('aria-describedby', describedByPopover);
    expect(await focusableInside(popover)).toBe(0);

    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(link).toBeFocused();
    await expect(link).toHaveAttribute('aria-describedby', 'footnote-label');

    // Back to it from the next stop: shown again; then focus leaves and it goes.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(link).toBeFocused();
    await expect(popover).toBeVisible();
    await link.evaluate((el) => (el as HTMLElement).blur());
    await expect(popover).toBeHidden();
  });

  test('a citation and a cross-reference show their preview on focus too', async ({ page }) => {
    await page.goto('/en/algorithms/');
    const popover = popoverOf(page);
    const citation = firstLink(page, CITATION);
    await tabTo(page, citation);
    await expect(popover).toContainText('Attention is all you need');
    await expect(citation).toHaveAttribute('aria-describedby', describedByPopover);
    const xref = firstLink(page, XREF);
    await tabTo(page, xref);
    await expect(popover).toContainText(/Figure 3\.1|Section 3\./);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(xref).toBeFocused();
  });
});

test.describe('previews by touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap opens the preview instead of going; its go-to link goes; a tap outside closes it', async ({ page }) => {
    await page.goto('/en/algorithms/');
    const link = firstLink(page, FOOTNOTE);
    const popover = popoverOf(page);
    await link.tap();
    await expect(popover).toBeVisible();
    await expect(popover).toContainText(NOTE);
    await expect(page).toHaveURL(/\/en\/algorithms\/$/);
    const goTo = popover.getByRole('link', { name: 'Go to footnote 1' });
    await expect(goTo).toBeVisible();

    await page.locator('h1').tap();
    await expect(popover).toBeHidden();

    await link.tap();
    await goTo.tap();
    await expect(page).toHaveURL(/#user-content-fn-eta$/);
    await expect(popover).toBeHidden();
  });

  test('a tap on a cross-reference to another chapter shows it, with a link that goes there', async ({ page }) => {
    await page.goto('/errata/');
    const link = page.locator('.prose a.xref[href="../algorithms/#eq-weight-update"]').first();
    await link.tap();
    const popover = popoverOf(page);
    await expect(popover.locator('.equation-number')).toHaveText('(3.3)');
    await expect(page).toHaveURL(/\/errata\/$/);
    const goTo = popover.getByRole('link', { name: /^前往/ });
    await goTo.tap();
    await expect(page).toHaveURL(/\/algorithms\/#eq-weight-update$/);
  });

  test('a tap on a citation shows the entry, with a link to it in the references', async ({ page }) => {
    await page.goto('/en/algorithms/');
    const link = firstLink(page, CITATION);
    await link.tap();
    await expect(popoverOf(page)).toContainText('Attention is all you need');
    await popoverOf(page).getByRole('link', { name: /^Go to/ }).tap();
    await expect(page).toHaveURL(/#ref-vaswani2017$/);
  });

  test('a glossary term opens with a localised go-to link that leads to the glossary', async ({ page }) => {
    await page.goto('/algorithms/');
    const link = firstLink(page, GLOSSARY);
    const id = (await link.getAttribute('href'))!.split('#')[1]!;
    await link.tap();
    const goTo = popoverOf(page).getByRole('link', { name: `前往术语“${term(id).zh}”` });
    await expect(goTo).toBeVisible();
    await goTo.tap();
    await expect(page).toHaveURL(new RegExp(`/glossary/#${id}$`));
  });

  test('when the target page cannot be fetched, a tap just follows the link', async ({ page, guard }) => {
    guard.allow.push(/Failed to load resource/);
    await page.route('**/en/glossary/', (route) => (route.request().resourceType() === 'fetch' ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('/en/algorithms/');
    const link = firstLink(page, GLOSSARY);
    const id = (await link.getAttribute('href'))!.split('#')[1]!;
    const failed = page.waitForEvent('requestfailed', (r) => r.resourceType() === 'fetch' && r.url().endsWith('/en/glossary/'));
    await link.tap();
    await failed;
    await expect(page).toHaveURL(new RegExp(`/en/glossary/#${id}$`));
  });
});

test.describe('glossary previews', () => {
  for (const [path, locale] of [
    ['/en/algorithms/', 'en'],
    ['/algorithms/', 'zh'],
  ] as const) {
    test(`fetch the term and its definition from the glossary page (${locale})`, async ({ page }) => {
      await page.goto(path);
      const glossaryPage = page.waitForResponse((r) => r.url().endsWith(`${locale === 'en' ? '/en' : ''}/glossary/`) && r.request().resourceType() === 'fetch');
      const link = firstLink(page, GLOSSARY);
      const id = (await link.getAttribute('href'))!.split('#')[1]!;
      await hoverPreview(page, GLOSSARY);
      expect((await glossaryPage).ok()).toBe(true);
      const popover = popoverOf(page);
      await expect(popover.locator('.preview-title')).toContainText(term(id)[locale]);
      await expect(popover).toContainText(term(id).definition[locale]);
      expect(await focusableInside(popover)).toBe(0);
    });
  }

  test('on the whole-book page the glossary is on the same page: nothing is fetched', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'fetch' && r.url().includes('/glossary/')) fetched.push(r.url());
    });
    await page.goto('/en/book/');
    const link = page.locator('#algorithms a.glossary-link').first();
    const id = (await link.getAttribute('href'))!.split('--')[1]!;
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await expect(popoverOf(page)).toContainText(term(id).definition.en);
    expect(fetched).toEqual([]);
  });
});

test.describe('previews and accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing with a preview open, in the ${theme} theme`, async ({ page }) => {
      // Four full-page axe runs on the longest chapter: more than the default 30 s on a loaded machine.
      test.slow();
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('/en/algorithms/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      for (const selector of [FOOTNOTE, GLOSSARY, CITATION, XREF]) {
        await hoverPreview(page, selector);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await expect(popoverOf(page), 'still open while axe ran').toBeVisible();
        await page.mouse.move(5, 400);
        await expect(popoverOf(page)).toBeHidden();
      }
    });
  }
});

test.describe('loading', () => {
  /** The previews script's requests while `path` loads. */
  async function previewScripts(page: Page, path: string): Promise<string[]> {
    const scripts: string[] = [];
    const listener = (r: { url: () => string; resourceType: () => string }) => {
      if (r.resourceType() === 'script' && /Previews/.test(r.url())) scripts.push(r.url());
    };
    page.on('request', listener);
    await page.goto(path, { waitUntil: 'networkidle' });
    page.off('request', listener);
    return scripts;
  }

  test('a page load fetches only the small loader; the first hover brings the previews’ code', async ({ page }) => {
    const code: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' && /\/previews\.[\w-]+\.js$/.test(r.url())) code.push(r.url());
    });
    await page.goto('/en/background/', { waitUntil: 'networkidle' });
    expect(code, 'no previews code before the reader asks for a preview').toEqual([]);
    await hoverPreview(page, CITATION);
    expect(code).toHaveLength(1);
  });

  test('the script loads on a page with preview links, and not on one without', async ({ page }) => {
    expect(await previewScripts(page, '/en/algorithms/')).toHaveLength(1);
    // The glossary links to no term and has no footnotes.
    expect(await previewScripts(page, '/en/glossary/')).toEqual([]);
    await expect(page.locator('#preview-labels')).toHaveCount(0);
    await page.locator('.glossary-chapter a').first().hover();
    await page.waitForTimeout(500);
    await expect(page.locator('#preview-popover')).toHaveCount(0);
  });
});
