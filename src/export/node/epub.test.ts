import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEpub, contentProperties, coverSvg, epubIdentifier, modifiedStamp, navDocument, withEpubTypes, wrapText, type EpubBook } from './epub';

const book: EpubBook = {
  lang: 'en',
  locale: 'en',
  title: 'Building with Large Models',
  subtitle: 'A handbook',
  author: 'A. Author & B. Author',
  edition: 'Edition of 6 December 2026',
  contentsTitle: 'Contents',
  coverTitle: 'Cover',
  modified: new Date('2026-12-06T18:00:00.123Z'),
  parts: [
    {
      title: 'Foundations',
      chapters: [
        { slug: 'background', title: '1 Background', sections: [{ id: 'background--rise', title: '1.1 The rise' }], body: '<section xmlns="http://www.w3.org/1999/xhtml"><h1>1 Background</h1><p><a href="#x" data-epub-type="noteref">1</a></p></section>' },
        { slug: 'algorithms', title: '3 Algorithms & maths', sections: [], body: '<section xmlns="http://www.w3.org/1999/xhtml"><math xmlns="http://www.w3.org/1998/Math/MathML" alttext="x"><mi>x</mi></math><svg xmlns="http://www.w3.org/2000/svg"></svg></section>' },
      ],
    },
  ],
  images: [{ href: 'images/a.png', mediaType: 'image/png', data: new Uint8Array([1, 2, 3]) }],
};

describe('epub', () => {
  it('derives a stable urn:uuid per book and language', () => {
    expect(epubIdentifier('en')).toBe(epubIdentifier('en'));
    expect(epubIdentifier('en')).not.toBe(epubIdentifier('zh'));
    expect(epubIdentifier('zh')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes dcterms:modified in whole seconds', () => {
    expect(modifiedStamp(book.modified)).toBe('2026-12-06T18:00:00Z');
  });

  it('turns the page’s data-epub-type into epub:type', () => {
    expect(withEpubTypes('<a href="#n" data-epub-type="noteref">1</a>')).toBe('<a href="#n" epub:type="noteref">1</a>');
  });

  it('declares MathML and SVG where a chapter has them', () => {
    expect(contentProperties('<p>text</p>')).toBeUndefined();
    expect(contentProperties('<math alttext="x"></math><svg viewBox="0 0 1 1"></svg>')).toBe('mathml svg');
  });

  it('lists parts, chapters and sections as nested lists, with landmarks', () => {
    const nav = navDocument(book);
    expect(nav).toContain('lang="en" xml:lang="en"');
    expect(nav).toMatch(/<nav epub:type="toc"[^>]*>[\s\S]*<li><span>Foundations<\/span>\s*<ol>\s*<li><a href="background\.xhtml">1 Background<\/a>\s*<ol>\s*<li><a href="background\.xhtml#background--rise">1\.1 The rise<\/a><\/li>/);
    expect(nav).toContain('<a href="algorithms.xhtml">3 Algorithms &amp; maths</a></li>');
    expect(nav).toMatch(/<nav epub:type="landmarks"[\s\S]*epub:type="cover" href="cover\.xhtml"[\s\S]*epub:type="bodymatter" href="background\.xhtml"/);
  });

  it('wraps cover lines by width, CJK characters counting double', () => {
    expect(wrapText('Building with Large Models', 16)).toEqual(['Building with', 'Large Models']);
    expect(wrapText('大模型创业指南', 8)).toEqual(['大模型创', '业指南']);
    expect(coverSvg({ ...book, title: 'A & B' })).toContain('>A &amp; B</text>');
  });

  it('zips the book: mimetype first and stored, a package naming every file, one XHTML file per chapter', () => {
    const zip = buildEpub(book);
    const header = new DataView(zip.buffer, zip.byteOffset);
    expect(header.getUint16(8, true)).toBe(0);
    expect(new TextDecoder().decode(zip.subarray(30, 38))).toBe('mimetype');
    const files = unzipSync(zip);
    expect(Object.keys(files)[0]).toBe('mimetype');
    expect(new TextDecoder().decode(files.mimetype)).toBe('application/epub+zip');
    const opf = new TextDecoder().decode(files['EPUB/package.opf']);
    expect(opf).toContain(`<dc:identifier id="book-id">${epubIdentifier('en')}</dc:identifier>`);
    expect(opf).toContain('<dc:language>en</dc:language>');
    expect(opf).toContain('<dc:date>2026-12-06</dc:date>');
    expect(opf).toContain('<dc:creator>A. Author &amp; B. Author</dc:creator>');
    expect(opf).toContain('href="algorithms.xhtml" media-type="application/xhtml+xml" properties="mathml svg"');
    expect(opf).toContain('href="background.xhtml" media-type="application/xhtml+xml"/>');
    expect(opf).toContain('href="images/a.png" media-type="image/png"');
    expect(opf).toMatch(/<itemref idref="cover"\/>\s*<itemref idref="nav"[^>]*\/>\s*<itemref idref="chapter-background"\/>\s*<itemref idref="chapter-algorithms"\/>/);
    const chapter = new TextDecoder().decode(files['EPUB/background.xhtml']);
    expect(chapter).toContain('<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">');
    expect(chapter).toContain('epub:type="noteref"');
    // Same book, same bytes.
    expect(buildEpub(book)).toEqual(zip);
  });
});
