import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { GlossaryTerm } from '../../src/glossary/node/glossary';
import { allChapters, CONTENT_DIR } from '../../scripts/lib/mdx';
import { toString } from 'mdast-util-to-string';

/**
 * The glossary is one data file for both languages, so its entries cannot
 * drift apart; these checks keep it honest about the book: every term is
 * named in both languages, defined in one sentence in each, and really
 * appears in the chapter it says introduces it.
 */
const terms = parse(readFileSync(path.join(CONTENT_DIR, 'glossary.yaml'), 'utf8')) as GlossaryTerm[];
const chapters = allChapters();
const text = (locale: string, slug: string) => {
  const chapter = chapters.find((c) => c.locale === locale && c.slug === slug);
  return chapter ? toString(chapter.tree) : undefined;
};

describe('the glossary', () => {
  it('covers the terms the book is built on', () => {
    expect(terms.length).toBeGreaterThanOrEqual(30);
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
    for (const id of ['transformer', 'self-attention', 'backpropagation', 'gradient-descent', 'knowledge-distillation']) {
      expect(ids).toContain(id);
    }
  });

  it.each(terms.map((t) => [t.id, t] as const))('%s: both languages, one sentence each, found in its chapter', (_id, term) => {
    expect(term.zh.trim()).not.toBe('');
    expect(term.en.trim()).not.toBe('');
    expect(term.definition.zh).toMatch(/^[^。]+。$/);
    expect(term.definition.en).toMatch(/^[^\n]+\.$/);
    const zh = text('zh', term.chapter);
    const en = text('en', term.chapter);
    expect(zh, `content/zh/${term.chapter}.mdx exists`).toBeDefined();
    expect(en, `content/en/${term.chapter}.mdx exists`).toBeDefined();
    expect(zh!.includes(term.zh), `"${term.zh}" appears in content/zh/${term.chapter}.mdx`).toBe(true);
    expect(en!.toLowerCase().includes(term.en.toLowerCase()), `"${term.en}" appears in content/en/${term.chapter}.mdx`).toBe(true);
  });
});
