import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageNeeds, servedFile, type OfflineBook } from '../../src/offline/shared/offline-book';
import { chapterPages } from '../e2e/site';
import { ROOT } from '../../scripts/lib/mdx';
import { precachedFiles } from '../../scripts/lib/precache';
import { DOWNLOADS_DIR } from '../../src/export/node/downloads';
import { DIAGRAM_CHUNK_LIST } from '../../src/diagrams/shared/chunk-list';

/**
 * What reading offline stores, in both built sites: the precached shell (small,
 * the same for every first visit) and each language's saved book, which must
 * hold every page of that language and everything they load, and nothing of
 * the other language or of Mermaid's other diagram types.
 */
const sites = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-guide', base: '/guide/' },
];

for (const { dir, base } of sites) {
  const site = path.join(ROOT, dir);
  const book = (locale: string) => JSON.parse(readFileSync(path.join(site, 'offline', `${locale}.json`), 'utf8')) as OfflineBook;

  describe(`offline reading in ${dir}/`, () => {
    const worker = readFileSync(path.join(site, 'sw.js'), 'utf8');
    const precached = precachedFiles(worker);

    it('precaches the shell: both home pages, both offline pages, their styles and scripts, the book lists', () => {
      for (const file of ['index.html', 'en/index.html', 'offline/index.html', 'en/offline/index.html', 'offline/zh.json', 'offline/en.json', 'manifest.webmanifest']) {
        expect(precached, file).toContain(file);
      }
      expect(precached.some((file) => file.endsWith('.css'))).toBe(true);
      for (const file of precached) expect(existsSync(path.join(site, file)), file).toBe(true);
      // No chapter, no Mermaid, no search index on a first visit.
      expect(precached.filter((file) => /algorithms|mermaid|flowDiagram|pagefind|\.pf_/.test(file))).toEqual([]);
      const bytes = precached.reduce((sum, file) => sum + statSync(path.join(site, file)).size, 0);
      expect(bytes).toBeLessThan(200 * 1024);
    });

    it('scopes the worker to the base path', () => {
      expect(worker).toContain(`building-with-large-models-book-${base}`);
      expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toContain(`data-worker="${base}sw.js"`);
    });

    for (const locale of ['zh', 'en'] as const) {
      it(`lists the whole ${locale} book: every page with what it loads, math fonts, diagram code, its search index`, () => {
        const list = book(locale);
        const { files, bytes, version } = list;
        expect(version).toMatch(/^[0-9a-f]{16}$/);
        for (const file of files) expect(existsSync(path.join(site, servedFile(file))), file).toBe(true);
        const prefix = locale === 'en' ? 'en/' : '';
        for (const chapter of chapterPages.filter((c) => c.locale === locale)) expect(files).toContain(`${prefix}${chapter.slug}/`);
        expect(files).toContain(`${prefix}book/`);
        expect(files.filter((f) => (locale === 'en' ? !f.startsWith('en/') : f.startsWith('en/')) && (f === '' || f.endsWith('/')))).toEqual([]);
        expect(files.some((f) => /KaTeX_Main-Regular\.[\w-]+\.woff2$/.test(f))).toBe(true);
        expect(files.some((f) => /flowDiagram-[\w-]+\.[\w-]+\.js$/.test(f))).toBe(true);
        expect(files.filter((f) => /(elk|cytoscape|sequenceDiagram|ganttDiagram)/.test(f))).toEqual([]);
        const index = files.filter((f) => f.startsWith('pagefind/index/'));
        expect(index.length).toBeGreaterThan(0);
        expect(index.every((f) => f.startsWith(`pagefind/index/${locale === 'en' ? 'en' : 'zh-cn'}_`))).toBe(true);
        expect(bytes).toBe(files.reduce((sum, f) => sum + statSync(path.join(site, servedFile(f))).size, 0));
        // The PDF and EPUB are downloads, not part of the saved book, though the book page links them.
        if (existsSync(path.join(site, DOWNLOADS_DIR))) expect(readFileSync(path.join(site, prefix, 'book/index.html'), 'utf8')).toContain(`${base}${DOWNLOADS_DIR}`);
        expect(files.filter((f) => f.startsWith(DOWNLOADS_DIR))).toEqual([]);
        expect(precached.filter((f) => f.startsWith(DOWNLOADS_DIR))).toEqual([]);
        // Each page's needs point into the list, and include the stylesheets its HTML links.
        const algorithms = pageNeeds(list, `${prefix}algorithms/`)!;
        const html = readFileSync(path.join(site, prefix, 'algorithms/index.html'), 'utf8');
        for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) expect(algorithms).toContain(href!.slice(base.length));
        // A page with diagrams fetches the list of the drawing code by its address: it is stored with the page.
        const drawing = Object.keys(list.pages).map((page) => ({ page, diagrams: readFileSync(path.join(site, servedFile(page)), 'utf8').includes('<figure class="diagram') }));
        expect(drawing.filter(({ diagrams }) => diagrams).length).toBeGreaterThan(0);
        for (const { page, diagrams } of drawing) expect(pageNeeds(list, page)!.includes(DIAGRAM_CHUNK_LIST), page).toBe(diagrams);
      });
    }

    it('gives both lists one version, which changes with the build', () => {
      expect(book('zh').version).toBe(book('en').version);
      // The second deployment the update tests serve (npm run build:next).
      const next = path.join(ROOT, `${dir}-next`);
      expect(existsSync(next), `${dir}-next/ is missing: run \`npm run build:next\` first`).toBe(true);
      expect(JSON.parse(readFileSync(path.join(next, 'offline/zh.json'), 'utf8')).version).not.toBe(book('zh').version);
    });

    it('leaves the offline pages out of the sitemap and the search index', () => {
      const sitemap = readdirSync(site).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(path.join(site, f), 'utf8')).join('');
      expect(sitemap).not.toContain('/offline/');
      expect(readFileSync(path.join(site, 'offline/index.html'), 'utf8')).not.toContain('data-pagefind-body');
    });
  });
}
