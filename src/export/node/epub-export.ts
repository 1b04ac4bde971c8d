import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { AstroIntegrationLogger } from 'astro';
import { htmlLang, type Locale } from '../../i18n/locales';
import { ui } from '../../i18n/ui';
import { buildEpub, CORE_IMAGE_TYPES, epubPath, type EpubImage } from './epub';
import { extractBook } from './epub-page';

export interface EpubExportOptions {
  browser: Browser;
  /** The built site. */
  root: string;
  /** The whole-book page of this language, served on 127.0.0.1. */
  url: string;
  locale: Locale;
  site: string;
  logger: AstroIntegrationLogger;
  drawEveryDiagram: (page: Page, url: string) => Promise<number>;
  size: (bytes: number) => string;
}

/**
 * Opens the whole-book page in a fresh context whose diagrams draw their
 * labels as SVG text (diagram-render.ts reads `__diagramSvgLabels`), draws
 * them all, takes the chapters from the page and writes
 * `downloads/building-with-large-models-<locale>.epub`.
 */
export async function writeEpub({ browser, root, url, locale, site, logger, drawEveryDiagram, size }: EpubExportOptions): Promise<void> {
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
    const extracted = await extractBook(page, site);
    if (problems.length > 0) throw new Error(`${url}: ${problems.join('; ')}`);
    const base = new URL(url).pathname.replace(/(?:en\/)?book\/$/, '');
    const images: EpubImage[] = extracted.images.map((image) => {
      const extension = image.href.slice(image.href.lastIndexOf('.') + 1).toLowerCase();
      const mediaType = CORE_IMAGE_TYPES[extension];
      if (!mediaType) throw new Error(`${url}: ${image.href} is not an image type EPUB readers must support`);
      const data = image.dataUrl ? Buffer.from(image.dataUrl.slice(image.dataUrl.indexOf(',') + 1), 'base64') : readFileSync(path.join(root, image.path.slice(base.length)));
      return { href: image.href, mediaType, data };
    });
    const t = ui[locale];
    const modified = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
    const edition = t['book.edition'].replace('{date}', new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'long' }).format(modified));
    const epub = buildEpub({
      lang: htmlLang[locale],
      locale,
      title: t['site.title'],
      subtitle: t['site.tagline'],
      edition,
      contentsTitle: t['book.contents'],
      coverTitle: locale === 'zh' ? '封面' : 'Cover',
      modified,
      parts: extracted.parts,
      images,
    });
    const file = path.join(root, epubPath(locale));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, epub);
    const chapters = extracted.parts.reduce((n, p) => n + p.chapters.length, 0);
    logger.info(`${epubPath(locale)}: ${chapters} chapters, ${diagrams} diagrams, ${images.length} images, ${size(statSync(file).size)} (${Math.round(performance.now() - started)} ms)`);
  } finally {
    await context.close();
  }
}
