import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, HAS_CHROMIUM } from '../../scripts/lib/chromium';
import { epubPath } from '../../src/export/node/downloads';
import { epubIdentifier } from '../../src/export/node/epub';
import { htmlLang } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { chapterPages } from '../e2e/site';
import { ROOT } from '../../scripts/lib/mdx';

/**
 * The EPUBs of the whole book (src/export), read back after `npm run build`
 * and checked with EPUBCheck (Debian's epubcheck package). Outside CI a
 * machine without Chromium makes no EPUBs, and one without EPUBCheck cannot
 * check them: those tests are skipped; in CI either is an error.
 */
const EPUBCHECK = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';
const HAS_EPUBCHECK = existsSync(EPUBCHECK);
if (process.env.CI && !HAS_CHROMIUM) throw new Error(`Chromium not found at ${CHROMIUM_PATH}; CI must install it to build the EPUBs.`);
if (process.env.CI && !HAS_EPUBCHECK) throw new Error(`EPUBCheck not found at ${EPUBCHECK}; CI must install it (apt-get install epubcheck).`);

/** EPUB_DIR reads the books from elsewhere than dist/downloads (to try the tests on a damaged copy). */
const fileOf = (locale: 'zh' | 'en') => (process.env.EPUB_DIR ? path.join(process.env.EPUB_DIR, path.basename(epubPath(locale))) : path.join(ROOT, 'dist', epubPath(locale)));
const decoder = new TextDecoder();

describe.skipIf(!HAS_CHROMIUM)('the book as EPUB', () => {
  for (const locale of ['zh', 'en'] as const) {
    const file = fileOf(locale);
    const chapters = chapterPages.filter((p) => p.locale === locale);
    const read = () => {
      expect(existsSync(file), `${file}: run npm run build first`).toBe(true);
      const entries = unzipSync(readFileSync(file));
      return { names: Object.keys(entries), text: (name: string) => decoder.decode(entries[name]) };
    };

    describe(epubPath(locale), () => {
      it.skipIf(!HAS_EPUBCHECK)('passes EPUBCheck with no errors and no warnings', () => {
        const result = spawnSync('java', ['-jar', EPUBCHECK, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        const output = `${result.stdout}\n${result.stderr}`;
        expect(output).toContain('No errors or warnings detected');
        expect(result.status, output).toBe(0);
      });

      it('starts with the mimetype, stored, and names the book, its language and a stable identifier', () => {
        const bytes = readFileSync(file);
        // Local file header: method (offset 8) 0 = stored; the name at 30.
        expect(bytes.readUInt16LE(8)).toBe(0);
        expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
        const opf = read().text('EPUB/package.opf');
        expect(opf).toContain(`<dc:language>${htmlLang[locale]}</dc:language>`);
        expect(opf).toContain(`<dc:identifier id="book-id">${epubIdentifier(locale)}</dc:identifier>`);
        expect(opf).toContain(`<dc:creator>${ui[locale]['book.author']}</dc:creator>`);
        expect(opf).toMatch(/<meta property="dcterms:modified">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/meta>/);
        expect(opf).toMatch(/properties="cover-image"/);
      });

      it('has one file per chapter, and a navigation document listing every chapter under its part, with sections', () => {
        const { names, text } = read();
        const nav = text('EPUB/nav.xhtml');
        expect(nav).toContain('epub:type="toc"');
        expect(nav).toContain('epub:type="landmarks"');
        for (const chapter of chapters) {
          expect(names, chapter.slug).toContain(`EPUB/${chapter.slug}.xhtml`);
          expect(nav, `“${chapter.title}” in the nav`).toMatch(new RegExp(`<a href="${chapter.slug}\\.xhtml">(?:\\d+ )?${chapter.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</a>`));
        }
        // Parts hold chapters, numbered chapters hold their sections.
        expect(nav).toMatch(/<li><span>[^<]+<\/span>\s*<ol>\s*<li><a href="background\.xhtml">/);
        expect(nav).toMatch(/<a href="background\.xhtml#background--[^"]+">1\.1 /);
      });

      it('sets lang and xml:lang on every XHTML root', () => {
        const { names, text } = read();
        const documents = names.filter((n) => n.endsWith('.xhtml'));
        expect(documents.length).toBe(chapters.length + 2);
        for (const name of documents) {
          const root = /<html\b[^>]*>/.exec(text(name))?.[0] ?? '';
          expect(root, name).toContain(` lang="${htmlLang[locale]}"`);
          expect(root, name).toContain(` xml:lang="${htmlLang[locale]}"`);
        }
      });

      it('keeps the formulas as MathML with their TeX as alttext, without KaTeX’s HTML', () => {
        const { text } = read();
        const algorithms = text('EPUB/algorithms.xhtml');
        const maths = algorithms.match(/<math\b[^>]*>/g) ?? [];
        expect(maths.length).toBeGreaterThan(5);
        for (const math of maths) expect(math).toMatch(/ alttext="[^"]+"/);
        expect(algorithms).not.toContain('katex-html');
        expect(algorithms).not.toMatch(/class="katex/);
        expect(text('EPUB/package.opf')).toMatch(/href="algorithms\.xhtml" media-type="application\/xhtml\+xml" properties="mathml svg"/);
      });

      it('has the diagrams as SVG whose labels are SVG text, not HTML in foreignObject', () => {
        const algorithms = read().text('EPUB/algorithms.xhtml');
        const diagrams = algorithms.match(/<svg\b[^>]*class="[^"]*\bdiagram-svg\b[\s\S]*?<\/svg>/g) ?? [];
        expect(diagrams.length).toBeGreaterThan(0);
        for (const diagram of diagrams) {
          expect(diagram).not.toContain('foreignObject');
          expect(diagram).toMatch(/<text\b/);
        }
        expect(algorithms).not.toMatch(/flowchart (LR|TD)/);
      });

      it('marks footnote references and footnotes, and carries images in core media types', () => {
        const { names, text } = read();
        const algorithms = text('EPUB/algorithms.xhtml');
        expect(algorithms).toMatch(/<a [^>]*epub:type="noteref"/);
        expect(algorithms).toMatch(/<aside [^>]*epub:type="footnote"/);
        const images = names.filter((n) => n.startsWith('EPUB/images/'));
        expect(images.length).toBeGreaterThan(0);
        for (const image of images) expect(image).toMatch(/\.(png|jpe?g|gif|svg)$/);
        expect(algorithms).toMatch(/<img [^>]*src="images\/[^"]+\.(png|jpe?g)"/);
      });
    });
  }
});
