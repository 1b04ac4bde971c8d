import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/lib/chromium';
import { startStaticServer } from '../../../scripts/lib/static-server';
import { defaultLocale, htmlLang, locales, type Locale } from '../../i18n/locales';
import { ui } from '../../i18n/ui';
import { epubPath, exportPlan, fillDownloadSizes, formatSize, pdfPath, type ExportedFile, type ExportPlan, type ExportReport } from './downloads';
import { writeEpub } from './epub-export';
import { extractBook } from './epub-page';
import { withPdfMetadata } from './pdf-metadata';
import { editionDate } from '../../book/node/edition';
import { DRAW_ALL_DIAGRAMS } from '../../diagrams/shared/draw-all';

/**
 * After the build, makes the book to take away from each language's
 * whole-book page (`/book/`, `/en/book/`): a PDF printed by Chromium and an
 * EPUB taken from the same drawn page, in `downloads/`. Then it writes their
 * sizes into the download controls (downloads.ts).
 *
 * It runs before the search index and the offline lists, which read the
 * built pages: they see the pages with their sizes, and the downloads are
 * files of the site like any other (the offline book leaves them out).
 *
 * Without Chromium the build goes on and says in one line how to get the
 * files; no page links to them then. With Chromium, a file that cannot be
 * made fails the build: the pages link to it.
 */
export function bookExport(plan: ExportPlan = exportPlan()): AstroIntegration {
  let base = '/';
  let site = 'https://example.org/';
  return {
    name: 'book-export',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (config.site) site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!plan.enabled) {
          logger.info(plan.reason ?? 'no PDF or EPUB of the book');
          return;
        }
        const root = fileURLToPath(dir);
        const report = await exportBook({ root, base, site, format: plan.format, logger });
        fillSizes(root, report.files, logger);
        if (process.env.EXPORT_REPORT) writeFileSync(process.env.EXPORT_REPORT, JSON.stringify(report, null, 2));
      },
    },
  };
}

interface ExportOptions {
  root: string;
  base: string;
  /** The site's address, for links from the EPUB to pages outside the book. */
  site: string;
  format: ExportPlan['format'];
  logger: AstroIntegrationLogger;
}

const localePrefix = (locale: Locale) => (locale === defaultLocale ? '' : `${locale}/`);

async function exportBook(options: ExportOptions): Promise<ExportReport> {
  const started = performance.now();
  const server = await startStaticServer({ dir: options.root, port: 0, base: options.base });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // The two languages print in parallel: each waits on its own renderer much of the time.
    const results = await Promise.all(locales.map((locale) => exportLocale(browser, `${server.origin}${options.base}${localePrefix(locale)}book/`, locale, options)));
    const report: ExportReport = { format: options.format, pages: results.map((r) => r.page), files: results.flatMap((r) => r.files), ms: Math.round(performance.now() - started) };
    options.logger.info(`${report.files.length} files (PDF and EPUB per language) in ${(report.ms / 1000).toFixed(1)} s`);
    return report;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * One language: opens its whole-book page with the diagrams drawing their
 * labels as SVG text (diagram-render.ts reads `__diagramSvgLabels`): vector
 * text in the PDF, and what an EPUB reader can show. Takes the EPUB's
 * chapters from the drawn page, then prints it.
 */
async function exportLocale(browser: Browser, url: string, locale: Locale, { root, base, site, format, logger }: ExportOptions) {
  const started = performance.now();
  const context = await browser.newContext({ colorScheme: 'light', locale: htmlLang[locale] });
  await context.addInitScript(() => Object.assign(globalThis, { __diagramSvgLabels: true }));
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
    const diagrams = await drawEveryDiagram(page, url);
    await loadEveryImage(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (problems.length > 0) throw new Error(`${url}: ${problems.join('; ')}`);
    const drawn = { locale, diagrams, ms: Math.round(performance.now() - started) };

    const t = ui[locale];
    const date = editionDate();
    const epubStarted = performance.now();
    const extracted = await extractBook(page, site);
    const epub = writeEpub({ root, url, base, locale, extracted, date, file: path.join(root, epubPath(locale)) });
    const epubFile: ExportedFile = { path: epubPath(locale), bytes: epub.bytes, ms: Math.round(performance.now() - epubStarted) };
    logger.info(`${epubFile.path}: ${epub.chapters} chapters, ${diagrams} diagrams, ${epub.images} images, ${formatSize(epubFile.bytes)} (${epubFile.ms} ms)`);

    const pdfStarted = performance.now();
    await page.emulateMedia({ media: 'print' });
    // The PDF's title is the book's, not the page's (“The Whole Book · …”).
    await page.evaluate((title) => (document.title = title), t['site.title']);
    // Page size from the setting; margins, running heads and page numbers from the book page's @page rules.
    const printed = await page.pdf({ format, printBackground: true, tagged: true, outline: true });
    const pdf = await withPdfMetadata(printed, { title: t['site.title'], author: t['book.author'], subject: t['site.tagline'], lang: htmlLang[locale], date });
    const file = path.join(root, pdfPath(locale));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, pdf);
    const pdfFile: ExportedFile = { path: pdfPath(locale), bytes: pdf.byteLength, ms: Math.round(performance.now() - pdfStarted) };
    logger.info(`${pdfFile.path}: ${format}, ${diagrams} diagrams, ${formatSize(pdfFile.bytes)} (${pdfFile.ms} ms)`);
    return { page: drawn, files: [pdfFile, epubFile] };
  } finally {
    await context.close();
  }
}

/** The home and whole-book page of each language carry the download control. */
function fillSizes(root: string, files: ExportedFile[], logger: AstroIntegrationLogger): void {
  const sizes = new Map(files.map((f) => [f.path, f.bytes]));
  for (const locale of locales) {
    for (const route of ['', 'book/']) {
      const file = path.join(root, localePrefix(locale), route, 'index.html');
      const { html, filled } = fillDownloadSizes(readFileSync(file, 'utf8'), sizes);
      if (filled === 0) throw new Error(`${file}: no download control to write the files' sizes into (src/export/Downloads.astro)`);
      writeFileSync(file, html);
    }
  }
  logger.info(`file sizes written into the download controls: ${files.map((f) => `${path.basename(f.path)} ${formatSize(f.bytes)}`).join(', ')}`);
}

/**
 * Diagrams are drawn only when they come near the screen
 * (src/diagrams/browser/diagrams.ts); the page is asked to draw them all now,
 * and each is waited for. One that fails to draw fails the build rather than
 * print its source.
 */
async function drawEveryDiagram(page: Page, url: string): Promise<number> {
  const count = await page.locator('figure.diagram').count();
  if (count === 0) return 0;
  await page.evaluate((event) => document.dispatchEvent(new Event(event)), DRAW_ALL_DIAGRAMS);
  await page.waitForFunction(() => [...document.querySelectorAll('figure.diagram')].every((figure) => figure.hasAttribute('data-state')), undefined, { timeout: 30_000 + count * 5_000, polling: 250 });
  const failed = await page.locator('figure.diagram[data-state="error"]').evaluateAll((figures) => figures.map((figure) => figure.id));
  if (failed.length > 0) throw new Error(`${url}: ${failed.length} diagram(s) failed to draw: ${failed.join(', ')}`);
  return count;
}

/** Images below the screen wait for the reader (loading="lazy"); paper does not. */
async function loadEveryImage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const images = [...document.images];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  });
}
