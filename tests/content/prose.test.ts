import { describe, expect, it } from 'vitest';
import { NOT_CHAPTERS, proseCounts } from '../../scripts/lib/prose';

/**
 * The book is a guide, not a pamphlet: a floor on its prose (code, formulas
 * and diagrams excluded), and each chapter's Chinese as full as its English.
 * `node scripts/word-count.ts` prints the figures.
 */
const { chapters, book } = proseCounts();

/** Chinese characters per English word of the same text: 1.4–1.8 in this book's chapters. */
const RATIO = { min: 1.2, max: 2.2 };
/** The reading list is titles and links, mostly in English in both languages. */
const LISTS = new Set(['resources']);

describe('the book’s prose', () => {
  it('reaches 20,000 English words and a matching Chinese text, errata and glossary aside', () => {
    expect(book.en).toBeGreaterThanOrEqual(20_000);
    expect(book.zh).toBeGreaterThanOrEqual(20_000 * RATIO.min);
  });

  for (const [slug, { en = 0, zh = 0 }] of chapters) {
    if (NOT_CHAPTERS.has(slug) || LISTS.has(slug)) continue;
    it(`${slug}: the Chinese says as much as the English (${zh} characters for ${en} words)`, () => {
      expect(en, `content/en/${slug}.mdx has no prose`).toBeGreaterThan(0);
      const ratio = zh / en;
      expect(ratio, `content/zh/${slug}.mdx has ${zh} characters for the English's ${en} words`).toBeGreaterThanOrEqual(RATIO.min);
      expect(ratio, `content/en/${slug}.mdx has ${en} words for the Chinese's ${zh} characters`).toBeLessThanOrEqual(RATIO.max);
    });
  }
});
