import { describe, expect, it } from 'vitest';
import { pdfExportPlan, pdfPath } from './pdf-files';

describe('pdfExportPlan', () => {
  it('makes A4 PDFs when Chromium is there', () => {
    expect(pdfExportPlan({}, true)).toEqual({ enabled: true, format: 'A4' });
  });
  it('switches to Letter with PDF_FORMAT', () => {
    expect(pdfExportPlan({ PDF_FORMAT: 'Letter' }, true).format).toBe('Letter');
    expect(() => pdfExportPlan({ PDF_FORMAT: 'A5' }, true)).toThrow(/A4 or Letter/);
  });
  it('says in one line how to get the PDFs when Chromium is missing', () => {
    const plan = pdfExportPlan({}, false);
    expect(plan.enabled).toBe(false);
    expect(plan.reason).toMatch(/install Chromium or set CHROMIUM_PATH, then npm run build/);
    expect(plan.reason).not.toContain('\n');
  });
  it('is off with EXPORT=off', () => {
    expect(pdfExportPlan({ EXPORT: 'off' }, true).enabled).toBe(false);
  });
  it('names one file per language under downloads/', () => {
    expect(pdfPath('zh')).toBe('downloads/building-with-large-models-zh.pdf');
    expect(pdfPath('en')).toBe('downloads/building-with-large-models-en.pdf');
  });
});
