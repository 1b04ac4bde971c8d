import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';

/**
 * The book as EPUB 3, one per language: the pure parts. The chapters' XHTML
 * comes from the whole-book page as Chromium drew it (epub-page.ts); this
 * writes the package around it (package document, navigation document, cover,
 * stylesheet) and zips it with the `mimetype` entry first and stored, as OCF
 * requires. Nothing here touches the file system or a browser.
 */

export interface EpubSection {
  id: string;
  title: string;
}

export interface EpubChapter {
  slug: string;
  /** "3 Algorithms" for numbered chapters, the title alone otherwise. */
  title: string;
  sections: EpubSection[];
  /** The chapter's content, XHTML elements to go inside `<body>`. */
  body: string;
}

export interface EpubPart {
  title: string;
  chapters: EpubChapter[];
}

export interface EpubImage {
  /** Path inside the package, relative to the package document: `images/x.png`. */
  href: string;
  mediaType: string;
  data: Uint8Array;
}

export interface EpubBook {
  /** BCP 47: zh-CN, en. */
  lang: string;
  /** Site locale: zh, en; with the book's name it makes the identifier. */
  locale: string;
  title: string;
  subtitle: string;
  /** dc:creator: the authors the source text credits (ui.ts, book.author). */
  author: string;
  edition: string;
  contentsTitle: string;
  coverTitle: string;
  /** When the EPUB was made: dcterms:modified and dc:date. */
  modified: Date;
  parts: EpubPart[];
  images: EpubImage[];
}

const BOOK_NAME = 'building-with-large-models';

export const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A name-based (version 5 style, SHA-1) UUID of the book and its language: the same for every build. */
export function epubIdentifier(locale: string): string {
  const hash = createHash('sha1').update(`${BOOK_NAME}:${locale}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `2026-12-06T18:00:00Z`: dcterms:modified takes whole seconds. */
export const modifiedStamp = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

export const chapterFile = (slug: string): string => `${slug}.xhtml`;

/** Media types EPUB 3.2 readers must support for images; anything else is converted before it gets here. */
export const CORE_IMAGE_TYPES: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml' };

/** The serialized page marks EPUB semantics as data-epub-type (no namespace in HTML); here they become epub:type. */
export const withEpubTypes = (xhtml: string): string => xhtml.replace(/ data-epub-type="/g, ' epub:type="');

function xhtmlDocument(lang: string, title: string, body: string, bodyAttributes = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="book.css"/>
</head>
<body${bodyAttributes}>
${body}
</body>
</html>
`;
}

export function chapterDocument(book: Pick<EpubBook, 'lang'>, chapter: EpubChapter): string {
  return xhtmlDocument(book.lang, chapter.title, withEpubTypes(chapter.body), ' epub:type="bodymatter"');
}

/** The navigation document: parts, their chapters and the chapters' sections, as nested lists; then the landmarks. */
export function navDocument(book: EpubBook): string {
  const first = book.parts[0]?.chapters[0];
  const parts = book.parts
    .map((part) => {
      const chapters = part.chapters
        .map((chapter) => {
          const file = chapterFile(chapter.slug);
          const sections = chapter.sections.length === 0 ? '' : `\n<ol>\n${chapter.sections.map((s) => `<li><a href="${file}#${escapeXml(s.id)}">${escapeXml(s.title)}</a></li>`).join('\n')}\n</ol>\n`;
          return `<li><a href="${file}">${escapeXml(chapter.title)}</a>${sections}</li>`;
        })
        .join('\n');
      return `<li><span>${escapeXml(part.title)}</span>\n<ol>\n${chapters}\n</ol>\n</li>`;
    })
    .join('\n');
  const body = `<nav epub:type="toc" id="toc">
<h1>${escapeXml(book.contentsTitle)}</h1>
<ol>
${parts}
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden">
<h2>Landmarks</h2>
<ol>
<li><a epub:type="cover" href="cover.xhtml">${escapeXml(book.coverTitle)}</a></li>
<li><a epub:type="toc" href="nav.xhtml">${escapeXml(book.contentsTitle)}</a></li>
${first ? `<li><a epub:type="bodymatter" href="${chapterFile(first.slug)}">${escapeXml(first.title)}</a></li>\n` : ''}</ol>
</nav>`;
  return xhtmlDocument(book.lang, book.contentsTitle, body);
}

/** Wraps text into lines of at most `width` units (a CJK character counts 2, others 1). */
export function wrapText(text: string, width: number): string[] {
  const units = (s: string) => [...s].reduce((n, c) => n + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef][，。、：；！？）」』]?|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && units(line + token.trimEnd()) > width) {
      lines.push(line.trim());
      line = '';
    }
    line += token;
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines;
}

/** A plain cover, 1200×1800: the title, the tagline and the edition, set in the reader's own fonts. */
export function coverSvg(book: Pick<EpubBook, 'lang' | 'title' | 'subtitle' | 'edition'>): string {
  const text = (lines: string[], y: number, size: number, weight: number, fill: string) =>
    lines.map((line, i) => `<text x="120" y="${y + i * size * 1.3}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`).join('\n');
  const title = wrapText(book.title, 16);
  const subtitleY = 620 + title.length * 120 * 1.3 + 60;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 1200 1800" width="1200" height="1800" xml:lang="${book.lang}" font-family="sans-serif">
<title>${escapeXml(book.title)}</title>
<rect width="1200" height="1800" fill="#0f2a44"/>
<rect x="120" y="480" width="160" height="12" fill="#e8a33d"/>
${text(title, 700, 120, 700, '#ffffff')}
${text(wrapText(book.subtitle, 30), subtitleY, 52, 400, '#d6e2ef')}
${text([book.edition], 1640, 40, 400, '#d6e2ef')}
</svg>
`;
}

export function coverDocument(book: EpubBook): string {
  const body = `<section epub:type="cover" class="cover"><img src="cover.svg" alt="${escapeXml(`${book.title}: ${book.subtitle}`)}"/></section>`;
  return xhtmlDocument(book.lang, book.coverTitle, body);
}

export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties?: string;
}

/** The manifest properties a content document needs: what it holds of MathML and SVG. */
export function contentProperties(xhtml: string): string | undefined {
  const properties = [/<math[\s>]/.test(xhtml) ? 'mathml' : '', /<svg[\s>]/.test(xhtml) ? 'svg' : ''].filter(Boolean);
  return properties.length > 0 ? properties.join(' ') : undefined;
}

export function packageDocument(book: EpubBook, items: ManifestItem[], spine: string[]): string {
  const manifest = items.map((item) => `<item id="${item.id}" href="${escapeXml(item.href)}" media-type="${item.mediaType}"${item.properties ? ` properties="${item.properties}"` : ''}/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${book.lang}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${epubIdentifier(book.locale)}</dc:identifier>
<dc:title>${escapeXml(book.title)}</dc:title>
<dc:creator>${escapeXml(book.author)}</dc:creator>
<dc:language>${book.lang}</dc:language>
<dc:date>${book.modified.toISOString().slice(0, 10)}</dc:date>
<meta property="dcterms:modified">${modifiedStamp(book.modified)}</meta>
<meta name="cover" content="cover-image"/>
</metadata>
<manifest>
${manifest}
</manifest>
<spine>
${spine.map((id) => `<itemref idref="${id}"${id === 'nav' ? ' linear="yes"' : ''}/>`).join('\n')}
</spine>
</package>
`;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`;

/** The book's own styles: KaTeX's and the site's are not carried over. */
export const BOOK_CSS = `body { line-height: 1.6; }
h1, h2, h3 { line-height: 1.3; }
.chapter-number { margin-right: 0.4em; }
.chapter-description { font-style: italic; }
figure { margin: 1.5em 0; text-align: center; }
figure img, figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.9em; }
pre { white-space: pre-wrap; font-size: 0.85em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 0.2em 0.5em; }
math[display="block"] { display: block; margin: 1em 0; }
aside[epub|type~="footnote"] { font-size: 0.9em; }
.sr-only, .anchor-link { display: none; }
.cover { text-align: center; margin: 0; padding: 0; }
.cover img { max-width: 100%; max-height: 100%; }
`;

/** Every file of the EPUB, zipped: `mimetype` first and stored, the rest deflated; a fixed date in each entry, so equal books zip alike. */
export function buildEpub(book: EpubBook): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  const mtime = new Date('2000-01-01T00:00:00Z');
  const items: ManifestItem[] = [
    { id: 'nav', href: 'nav.xhtml', mediaType: 'application/xhtml+xml', properties: 'nav' },
    { id: 'cover', href: 'cover.xhtml', mediaType: 'application/xhtml+xml' },
    { id: 'cover-image', href: 'cover.svg', mediaType: 'image/svg+xml', properties: 'cover-image' },
    { id: 'css', href: 'book.css', mediaType: 'text/css' },
  ];
  const files: Zippable = {
    mimetype: [encode('application/epub+zip'), { level: 0, mtime }],
    'META-INF/container.xml': [encode(CONTAINER), { mtime }],
  };
  const content: Record<string, Uint8Array> = {
    'nav.xhtml': encode(navDocument(book)),
    'cover.xhtml': encode(coverDocument(book)),
    'cover.svg': encode(coverSvg(book)),
    'book.css': encode(BOOK_CSS),
  };
  const spine = ['cover', 'nav'];
  for (const chapter of book.parts.flatMap((p) => p.chapters)) {
    const xhtml = chapterDocument(book, chapter);
    const id = `chapter-${chapter.slug}`;
    items.push({ id, href: chapterFile(chapter.slug), mediaType: 'application/xhtml+xml', properties: contentProperties(xhtml) });
    content[chapterFile(chapter.slug)] = encode(xhtml);
    spine.push(id);
  }
  for (const [index, image] of book.images.entries()) {
    items.push({ id: `image-${index + 1}`, href: image.href, mediaType: image.mediaType });
    content[image.href] = image.data;
  }
  files['EPUB/package.opf'] = [encode(packageDocument(book, items, spine)), { mtime }];
  for (const [name, data] of Object.entries(content)) files[`EPUB/${name}`] = [data, { mtime, level: name.endsWith('.png') || name.endsWith('.jpg') ? 0 : 9 }];
  return zipSync(files);
}
