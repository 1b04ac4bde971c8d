import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlLang, type Locale } from '../../i18n/locales';
import { editionText } from '../../book/node/edition';
import { ui } from '../../i18n/ui';
import { buildEpub, CORE_IMAGE_TYPES, type EpubImage } from './epub';
import type { ExtractedBook } from './epub-page';

export interface EpubExportOptions {
  /** The built site. */
  root: string;
  /** The whole-book page it was taken from, served on 127.0.0.1 (for messages). */
  url: string;
  /** The site's base path, `/` or `/guide/`: image paths on the page start with it. */
  base: string;
  locale: Locale;
  /** The chapters as epub-page.ts took them from the drawn page. */
  extracted: ExtractedBook;
  /** The edition's date. */
  date: Date;
  /** Where to write the EPUB. */
  file: string;
}

/** Packages the chapters taken from the whole-book page, with their images read from the built site, and writes the EPUB. */
export function writeEpub({ root, url, base, locale, extracted, date, file }: EpubExportOptions): { bytes: number; chapters: number; images: number } {
  const images: EpubImage[] = extracted.images.map((image) => {
    const extension = image.href.slice(image.href.lastIndexOf('.') + 1).toLowerCase();
    const mediaType = CORE_IMAGE_TYPES[extension];
    if (!mediaType) throw new Error(`${url}: ${image.href} is not an image type EPUB readers must support`);
    const data = image.dataUrl ? Buffer.from(image.dataUrl.slice(image.dataUrl.indexOf(',') + 1), 'base64') : readFileSync(path.join(root, image.path.slice(base.length)));
    return { href: image.href, mediaType, data };
  });
  const t = ui[locale];
  const epub = buildEpub({
    lang: htmlLang[locale],
    locale,
    title: t['site.title'],
    subtitle: t['site.tagline'],
    author: t['book.author'],
    edition: editionText(locale, date),
    contentsTitle: t['book.contents'],
    coverTitle: locale === 'zh' ? '封面' : 'Cover',
    modified: date,
    parts: extracted.parts,
    images,
  });
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, epub);
  return { bytes: epub.byteLength, chapters: extracted.parts.reduce((n, p) => n + p.chapters.length, 0), images: images.length };
}
