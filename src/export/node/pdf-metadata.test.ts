import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { withPdfMetadata } from './pdf-metadata';

describe('withPdfMetadata', () => {
  it('sets title, author, subject, language and dates, and keeps the pages', async () => {
    const source = await PDFDocument.create();
    source.addPage();
    source.addPage();
    const date = new Date('2026-12-06T00:00:00Z');
    const out = await withPdfMetadata(await source.save(), { title: '大模型创业指南', author: '作者甲；作者乙', subject: '副题', lang: 'zh-CN', date });
    const read = await PDFDocument.load(out, { updateMetadata: false });
    expect(read.getPageCount()).toBe(2);
    expect(read.getTitle()).toBe('大模型创业指南');
    expect(read.getAuthor()).toBe('作者甲；作者乙');
    expect(read.getSubject()).toBe('副题');
    expect(read.getCreationDate()?.toISOString()).toBe(date.toISOString());
    expect(String(read.catalog.get(PDFName.of('Lang')))).toContain('zh-CN');
  });
});
