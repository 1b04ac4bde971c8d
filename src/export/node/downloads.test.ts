import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { downloadFiles, epubPath, exportPlan, fillDownloadSizes, formatSize, pdfPath, readExportReport, SIZE_SLOT } from './downloads';

describe('exportPlan', () => {
  it('makes A4 PDFs when Chromium is there', () => {
    expect(exportPlan({}, true)).toEqual({ enabled: true, format: 'A4' });
  });
  it('switches to Letter with PDF_FORMAT', () => {
    expect(exportPlan({ PDF_FORMAT: 'Letter' }, true).format).toBe('Letter');
    expect(() => exportPlan({ PDF_FORMAT: 'A5' }, true)).toThrow(/A4 or Letter/);
  });
  it('says in one line how to get the downloads when Chromium is missing', () => {
    const plan = exportPlan({}, false);
    expect(plan.enabled).toBe(false);
    expect(plan.reason).toMatch(/install Chromium or set CHROMIUM_PATH, then npm run build/);
    expect(plan.reason).not.toContain('\n');
  });
  it('is off with EXPORT=off', () => {
    expect(exportPlan({ EXPORT: 'off' }, true).enabled).toBe(false);
  });
});

describe('download files', () => {
  it('names a PDF and an EPUB per language under downloads/', () => {
    expect(pdfPath('zh')).toBe('downloads/building-with-large-models-zh.pdf');
    expect(epubPath('en')).toBe('downloads/building-with-large-models-en.epub');
    expect(downloadFiles('en').map((f) => [f.kind, f.type])).toEqual([
      ['pdf', 'application/pdf'],
      ['epub', 'application/epub+zip'],
    ]);
  });
});

describe('formatSize', () => {
  it('gives KB under a megabyte and MB with one decimal above', () => {
    expect(formatSize(300)).toBe('1 KB');
    expect(formatSize(263 * 1024 + 100)).toBe('263 KB');
    expect(formatSize(2_813_128)).toBe('2.7 MB');
  });
});

describe('fillDownloadSizes', () => {
  const sizes = new Map([
    ['downloads/a.pdf', 2_813_128],
    ['downloads/a.epub', 270_000],
  ]);
  it('writes each size into its empty slot and counts them', () => {
    const html = `<a href="/downloads/a.pdf">PDF <span class="size" ${SIZE_SLOT}="downloads/a.pdf"></span></a> <a><span ${SIZE_SLOT}="downloads/a.epub" class="size"></span></a>`;
    const { html: out, filled } = fillDownloadSizes(html, sizes);
    expect(filled).toBe(2);
    expect(out).toContain(`${SIZE_SLOT}="downloads/a.pdf">2.7 MB</span>`);
    expect(out).toContain(`class="size">264 KB</span>`);
  });
  it('leaves a page without slots as it is', () => {
    expect(fillDownloadSizes('<p>no control</p>', sizes)).toEqual({ html: '<p>no control</p>', filled: 0 });
  });
  it('fails on a slot for a file the export did not make', () => {
    expect(() => fillDownloadSizes(`<span ${SIZE_SLOT}="downloads/b.pdf"></span>`, sizes)).toThrow(/downloads\/b\.pdf/);
  });
});

describe('readExportReport', () => {
  it('reads the report a build wrote, and says so when the build wrote none', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'export-report-')), 'export.json');
    expect(() => readExportReport(file)).toThrow(/made no PDF or EPUB/);
    const report = { format: 'A4', pages: [{ locale: 'zh', diagrams: 4, ms: 2000 }], files: [{ path: pdfPath('zh'), bytes: 10, ms: 5 }], ms: 2100 };
    writeFileSync(file, JSON.stringify(report));
    expect(readExportReport(file)).toEqual(report);
  });
});
