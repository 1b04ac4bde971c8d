import { describe, expect, it } from 'vitest';
import { chapterPage, cssString, folioContent, runningHeadCss } from './running-heads';

describe('running heads', () => {
  it('escapes quotes, backslashes and line breaks in CSS strings', () => {
    expect(cssString('A "quoted" \\ title\nnext')).toBe('"A \\"quoted\\" \\\\ title\\a next"');
  });
  it('names a page per chapter with an identifier whatever the slug', () => {
    expect(chapterPage('algorithms-2')).toBe('chapter-algorithms-2');
    expect(chapterPage('a.b c')).toBe('chapter-a_2eb_20c');
  });
  it('turns the folio into strings and page counters', () => {
    expect(folioContent('第 {page} 页，共 {pages} 页')).toBe('"第 " counter(page) " 页，共 " counter(pages) " 页"');
    expect(folioContent('{page} / {pages}')).toBe('counter(page) " / " counter(pages)');
  });
  it('gives each chapter its own named page and head, and the cover none', () => {
    const css = runningHeadCss(
      [
        { slug: 'background', head: '1 背景' },
        { slug: 'glossary', head: '术语表' },
      ],
      { title: '大模型创业指南', subtitle: '副题', folio: '{page}' },
    );
    expect(css).toMatch(/^@media print \{/);
    expect(css).toContain('@page chapter-background { @top-left { content: "1 背景"; } @top-right { content: "大模型创业指南"; } }');
    expect(css).toContain('[data-book-chapter="glossary"], [data-book-part-first="glossary"] { page: chapter-glossary; }');
    expect(css).toContain('@page :first { @top-left { content: none; }');
    expect(css).toContain('@bottom-center { content: counter(page); }');
  });
});
