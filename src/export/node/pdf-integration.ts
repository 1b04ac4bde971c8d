import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/lib/chromium';
import { startStaticServer } from '../../../scripts/lib/static-server';
import { locales, type Locale } from '../../i18n/locales';
import { ui } from '../../i18n/ui';
import { pdfExportPlan, pdfPath, type PdfExportPlan } from './pdf-files';
import { writeEpub } from './epub-export';

/**
 * After the build, prints each language's whole-book page (`/book/`,
 * `/en/book/`) to a PDF with Chromium: `downloads/building-with-large-models-<locale>.pdf`.
 * The page's print styles make the book (cover, contents, a page break before
 * each part and chapter, nothing split that should not be); this only serves
 * the built site on 127.0.0.1, draws every diagram and waits for the fonts,
 * then prints with a running head and page numbers, a tagged PDF and an
 * outline (bookmarks) made from the headings.
 *
 * Without Chromium the build goes on and says in one line how to get the PDFs;
 * the book page then has no link to them (pdf-files.ts decides both). With
 * Chromium, a PDF that cannot be made fails the build: the page links to it.
 */
export function pdfExport(plan: PdfExportPlan = pdfExportPlan()): AstroIntegration {
  let base = '/';
  let site = 'https://example.org/';
  return {
    name: 'pdf-export',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (config.site) site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!plan.enabled) {
          logger.info(plan.reason ?? 'no PDFs of the book');
          return;
        }
        await printBook({ root: fileURLToPath(dir), base, site, format: plan.format, logger });
      },
    },
  };
}

interface PrintOptions {
  root: string;
  base: string;
  /** The site's address, for links from the EPUB to pages outside the book. */
  site: string;
  format: PdfExportPlan['format'];
  logger: AstroIntegrationLogger;
}

async function printBook({ root, base, site, format, logger }: PrintOptions): Promise<void> {
  const started = performance.now();
  const server = await startStaticServer({ dir: root, port: 0, base });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const locale of locales) {
      const startedPage = performance.now();
      const file = path.join(root, pdfPath(locale));
      mkdirSync(path.dirname(file), { recursive: true });
      const context = await browser.newContext({ colorScheme: 'light', locale: locale === 'zh' ? 'zh-CN' : 'en-US' });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      const url = `${server.origin}${base}${locale === 'zh' ? '' : `${locale}/`}book/`;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
      const diagrams = await drawEveryDiagram(page, url);
      await page.emulateMedia({ media: 'print' });
      await loadEveryImage(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // The PDF's title is the book's, not the page's (“The Whole Book · …”).
      await page.evaluate((title) => (document.title = title), ui[locale]['site.title']);
      if (problems.length > 0) throw new Error(`${url}: ${problems.join('; ')}`);
      await page.pdf({
        path: file,
        format,
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: runningHead(locale),
        footerTemplate: pageFooter(locale),
        margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
      });
      await context.close();
      logger.info(`${pdfPath(locale)}: ${format}, ${diagrams} diagrams, ${size(statSync(file).size)} (${Math.round(performance.now() - startedPage)} ms)`);
      await writeEpub({ browser, root, url, locale, site, logger, drawEveryDiagram, size });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  logger.info(`${locales.length} PDFs and EPUBs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Diagrams are drawn only when they come near the screen
 * (src/diagrams/browser/diagrams.ts): each is scrolled into view in turn and
 * waited for, as a reader scrolling through would. One that fails to draw
 * fails the build rather than print its source.
 */
export async function drawEveryDiagram(page: Page, url: string): Promise<number> {
  const figures = await page.locator('figure.diagram').all();
  for (const [index, figure] of figures.entries()) {
    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction((element) => element?.getAttribute('data-state') === 'drawn' || element?.getAttribute('data-state') === 'error', await figure.elementHandle(), { timeout: 30_000 });
    if ((await figure.getAttribute('data-state')) !== 'drawn') throw new Error(`${url}: diagram ${index + 1} (${await figure.getAttribute('id')}) failed to draw`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return figures.length;
}

/** Images below the screen wait for the reader (loading="lazy"); paper does not. */
async function loadEveryImage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const images = [...document.images];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  });
}

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Header and footer templates know no page CSS: fonts and sizes are set here, from the site's own stack (src/styles/global.css). */
const TEMPLATE_STYLE = "font-family: system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif; font-size: 8pt; color: #555; width: 100%; margin: 0 16mm;";

/**
 * Chromium's header template knows the page number, the page count, the
 * document's title and URL, and nothing of the page's content: it cannot name
 * the chapter a page belongs to. The head is the book's title; the foot the
 * page number.
 */
function runningHead(locale: Locale): string {
  return `<div style="${TEMPLATE_STYLE} display: flex; justify-content: space-between; border-bottom: 0.5pt solid #bbb; padding-bottom: 2mm;"><span>${escapeHtml(ui[locale]['site.title'])}</span><span>${escapeHtml(ui[locale]['site.tagline'])}</span></div>`;
}

function pageFooter(locale: Locale): string {
  const label = locale === 'zh' ? '第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页' : '<span class="pageNumber"></span> / <span class="totalPages"></span>';
  return `<div style="${TEMPLATE_STYLE} text-align: center;">${label}</div>`;
}
