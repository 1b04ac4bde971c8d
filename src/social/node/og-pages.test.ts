import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Part } from '../../chapters/node/chapters';
import type { Locale } from '../../i18n/locales';
import { readParts } from './og-content';
import { ogCardOf, ogCards, ogCharacters, ogImagePath } from './og-pages';

const chapter = (locale: Locale, slug: string, title: string) => ({ locale, slug, title, description: '', part: 'p', order: 1, filePath: '' });
const parts = (locale: Locale): Part[] => [
  { id: 'p', title: locale === 'zh' ? '基础' : 'Foundations', chapters: [chapter(locale, 'intro', locale === 'zh' ? '背景介绍' : 'Background')] },
];

describe('ogCards', () => {
  const cards = ogCards(parts);
  it('has a home, a whole-book and a chapter card per language', () => {
    expect(cards.map((c) => c.path)).toEqual([
      'og/zh/index.png',
      'og/zh/intro.png',
      'og/zh/book.png',
      'og/en/index.png',
      'og/en/intro.png',
      'og/en/book.png',
    ]);
  });
  it("puts a chapter's part above its title, the book's name on top, in the page's language", () => {
    expect(ogCardOf(cards, 'zh', { slug: 'intro' })).toEqual({
      locale: 'zh',
      path: 'og/zh/intro.png',
      bookName: '大模型创业指南',
      eyebrow: '基础',
      title: '背景介绍',
      alt: '基础 · 背景介绍 — 大模型创业指南',
    });
    expect(ogCardOf(cards, 'en', { slug: 'intro' })).toMatchObject({
      bookName: 'Building with Large Models',
      eyebrow: 'Foundations',
      title: 'Background',
      alt: 'Foundations · Background — Building with Large Models',
    });
  });
  it('titles the home card with the book and the whole-book card with its own title', () => {
    expect(ogCardOf(cards, 'en', 'home')).toMatchObject({ title: 'Building with Large Models', alt: expect.stringContaining('builders and founders') });
    expect(ogCardOf(cards, 'zh', 'book')).toMatchObject({ title: '全书', eyebrow: '全书单页' });
  });
  it('fails for a page without a card', () => {
    expect(() => ogCardOf(cards, 'zh', { slug: 'nope' })).toThrow('og/zh/nope.png');
  });
  it('lists the characters to draw', () => {
    expect(ogCharacters(cards)).toContain('背');
    expect(ogImagePath('en', 'book')).toBe('og/en/book.png');
  });
});

describe("the book's cards", () => {
  const cards = ogCards(readParts(path.resolve(import.meta.dirname, '../../../content')));
  it('cover every chapter of both languages with its part', () => {
    const zh = cards.filter((c) => c.locale === 'zh');
    expect(zh).toHaveLength(cards.length / 2);
    expect(ogCardOf(cards, 'zh', { slug: 'background' })).toMatchObject({ eyebrow: '基础', title: '背景介绍' });
    expect(ogCardOf(cards, 'en', { slug: 'glossary' })).toMatchObject({ eyebrow: 'Reference', title: 'Glossary' });
    expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length);
  });
});
