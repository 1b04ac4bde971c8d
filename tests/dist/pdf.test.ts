import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, HAS_CHROMIUM } from '../../scripts/lib/chromium';
import { pdfPath } from '../../src/export/node/downloads';
import { htmlLang } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { chapterPages } from '../e2e/site';
import { ROOT } from '../../scripts/lib/mdx';

/**
 * The PDFs of the whole book (src/export), read back with poppler-utils and
 * qpdf after `npm run build`. Outside CI a machine without Chromium makes no
 * PDFs, and these tests are skipped; in CI that is an error.
 */
if (!HAS_CHROMIUM && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM_PATH}; CI must install it to build the PDFs.`);

const run = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
/** PDF text loses spaces at line ends and gains them inside math: compare without any. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** A label of the first diagram (algorithms chapter, training loop) in each language, as drawn. */
const diagramLabels = { zh: ['反向传播：求梯', '下一批数据'], en: ['Backpropagation:', 'nextbatch'] } as const;

interface Outline {
  title: string;
  kids: Outline[];
}

describe.skipIf(!HAS_CHROMIUM)('the book as PDF', () => {
  for (const locale of ['zh', 'en'] as const) {
    const file = path.join(ROOT, 'dist', pdfPath(locale));
    const chapters = chapterPages.filter((p) => p.locale === locale);
    const t = ui[locale];
    /** Chapter numbers as the built whole-book page shows them. */
    const bookPage = path.join(ROOT, 'dist', locale === 'zh' ? '' : locale, 'book/index.html');
    const chapterNumbers = new Map(
      existsSync(bookPage)
        ? [...readFileSync(bookPage, 'utf8').matchAll(/data-book-chapter="([^"]+)"[^>]*><h2[^>]*><span class="chapter-number"[^>]*>(\d+)</g)].map((m) => [m[1]!, m[2]!] as const)
        : [],
    );

    describe(pdfPath(locale), () => {
      it('exists, has the book’s title, its language, A4 pages (PDF_FORMAT=Letter aside) and tags', () => {
        expect(existsSync(file), `${file}: run npm run build first`).toBe(true);
        const info = Object.fromEntries(run('pdfinfo', file).split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
        expect(info.Title).toBe(t['site.title']);
        expect(info.Author).toBe(t['book.author']);
        expect(info.Subject).toBe(t['site.tagline']);
        expect(Number(info.Pages)).toBeGreaterThan(20);
        expect(info['Page size']).toContain(process.env.PDF_FORMAT === 'Letter' ? 'letter' : 'A4');
        expect(info.Tagged).toBe('yes');
        // pdfinfo does not show the language; the document catalogue holds it.
        const catalogue = run('qpdf', '--show-object=trailer', file);
        const root = /\/Root (\d+ \d+) R/.exec(catalogue)![1]!.replace(' ', ',');
        expect(run('qpdf', `--show-object=${root}`, file)).toContain(`/Lang (${htmlLang[locale]})`);
      });

      it('embeds every font it uses, KaTeX’s among them', () => {
        const [header = '', , ...rows] = run('pdffonts', file).trimEnd().split('\n');
        const emb = header.indexOf('emb');
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.filter((row) => row.slice(emb, emb + 3) !== 'yes')).toEqual([]);
        expect(rows.some((row) => row.includes('KaTeX_Main'))).toBe(true);
      });

      it('has a cover, then the contents and the chapters in reading order, with selectable formulas and drawn diagrams', () => {
        const pages = run('pdftotext', file, '-').split('\f').map(squeeze);
        const text = pages.join('');
        // The edition is the cover's alone.
        const edition = new RegExp(squeeze(t['book.edition']).replace('{date}', '\\S+'));
        expect(pages[0]).toContain(squeeze(t['site.title']));
        expect(pages[0]).toContain(squeeze(t['site.tagline']));
        expect(pages[0]).toMatch(edition);
        expect(pages[1]).toContain(t['book.contents']);
        // Twice through in order: the contents, then the chapters themselves.
        let at = 0;
        for (const pass of ['contents', 'chapters']) {
          for (const chapter of chapters) {
            const found = text.indexOf(squeeze(chapter.title), at);
            expect(found, `${pass}: “${chapter.title}” after position ${at}`).toBeGreaterThan(at);
            at = found;
          }
        }
        // KaTeX's HTML is text in the PDF, not a picture.
        expect(text.includes('Attention(Q,K,V)=softmax('), 'the attention formula as text').toBe(true);
        // Mermaid's labels are text of a drawing: the diagram's source is not printed instead. Every
        // diagram's source has accTitle: (tests/content/diagrams.test.ts); a bare "-->" is not a sign,
        // since the errata quote the source text's diagram code.
        for (const label of diagramLabels[locale]) expect(text.includes(label), `diagram label “${label}”`).toBe(true);
        expect(/flowchart(LR|TD)|accTitle:/.exec(text)?.[0], 'a diagram’s source printed in place of its drawing').toBeUndefined();
      });

      it('heads each chapter’s pages with its number and title, and numbers every page but the cover', () => {
        const pages = run('pdftotext', file, '-').split('\f').slice(0, -1);
        // The head is the first text of a page; pdftotext may break it after a chapter's number.
        const headedBy = (page: string, head: string) => squeeze(page).startsWith(squeeze(head));
        expect(chapterNumbers.size, 'numbered chapters on the book page').toBeGreaterThan(0);
        // Pages outside chapters (the contents) carry the book's title.
        expect(headedBy(pages[1]!, t['site.title'] + t['site.tagline'])).toBe(true);
        const heads = chapters.map((chapter) => {
          const number = chapterNumbers.get(chapter.slug);
          return number === undefined ? chapter.title : `${number} ${chapter.title}`;
        });
        for (const head of heads) expect(pages.filter((page) => headedBy(page, head)).length, `pages headed “${head}”`).toBeGreaterThan(0);
        // Every page but the cover has a head: a chapter's, or the book's title outside chapters.
        const unheaded = pages.slice(1).flatMap((page, i) => ([t['site.title'], ...heads].some((head) => headedBy(page, head)) ? [] : [`page ${i + 2}: ${page.trim().slice(0, 40)}`]));
        expect(unheaded).toEqual([]);
        const folio = (n: number) => squeeze(t['book.folio'].replace('{page}', String(n)).replace('{pages}', String(pages.length)));
        for (const n of [2, Math.ceil(pages.length / 2), pages.length]) expect(squeeze(pages[n - 1]!).endsWith(folio(n)), `page ${n} ends with its number`).toBe(true);
        // The cover: title, subtitle, edition, and no head or number.
        expect(squeeze(pages[0]!).startsWith(squeeze(t['site.title']))).toBe(true);
        expect(squeeze(pages[0]!).endsWith(folio(1))).toBe(false);
        expect(squeeze(pages[0]!)).not.toContain(squeeze(t['site.tagline']) + squeeze(t['site.title']));
      });

      it('has an outline of parts, their chapters and the chapters’ sections', () => {
        const outlines = (JSON.parse(run('qpdf', '--json', '--json-key=outlines', file)) as { outlines: Outline[] }).outlines;
        const chapterEntries = outlines.flatMap((part) => part.kids);
        for (const chapter of chapters) {
          const entry = chapterEntries.find((e) => squeeze(e.title).endsWith(squeeze(chapter.title)));
          expect(entry, `“${chapter.title}” under a part in the outline: ${JSON.stringify(outlines.map((o) => o.title))}`).toBeDefined();
        }
        // Numbered chapters have numbered sections below them.
        const background = chapterEntries.find((e) => squeeze(e.title).endsWith(squeeze(chapters[0]!.title)));
        expect(background!.kids.map((k) => k.title)[0]).toMatch(/^1\.1 /);
      });

      it('links the contents to the chapters inside the document, and sources outside it', () => {
        const json = JSON.parse(run('qpdf', '--json', '--json-key=qpdf', file)) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
        const links = Object.values(json.qpdf[1]).filter((o) => o.value?.['/Subtype'] === '/Link');
        const internal = links.filter((o) => o.value?.['/Dest'] !== undefined);
        // The contents alone link every chapter and each of its sections.
        expect(internal.length).toBeGreaterThan(chapters.length * 3);
        // Links to sources outside the book stay links (qpdf writes strings as u:…).
        const external = links.map((o) => (o.value?.['/A'] as Record<string, string> | undefined)?.['/URI']).filter((uri) => uri !== undefined);
        expect(external.some((uri) => uri.includes('https://arxiv.org/abs/1706.03762')), 'a link to Attention Is All You Need').toBe(true);
      });
    });
  }
});
