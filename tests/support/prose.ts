import { countPageFeatures } from '../../src/chapters/node/remark-page-features.ts';
import { allChapters } from './mdx.ts';

/** Pages that are reference apparatus rather than chapters of the book. */
export const NOT_CHAPTERS = new Set(['errata', 'glossary']);

export interface ProseCounts {
  /** Per chapter: English words of the English file, Chinese characters of the Chinese file. */
  chapters: Map<string, { en?: number; zh?: number }>;
  /** Sums over the chapters, errata and glossary aside. */
  book: { en: number; zh: number };
}

/**
 * Prose as the reading-time estimate counts it: code, formulas and diagrams
 * excluded. One rule for the floor the tests hold and the figures we report.
 */
export function proseCounts(contentDir?: string): ProseCounts {
  const chapters = new Map<string, { en?: number; zh?: number }>();
  const book = { en: 0, zh: 0 };
  for (const chapter of allChapters(contentDir)) {
    if (chapter.locale !== 'en' && chapter.locale !== 'zh') continue;
    const { text } = countPageFeatures(chapter.tree);
    const value = chapter.locale === 'en' ? text.words : text.cjk;
    chapters.set(chapter.slug, { ...chapters.get(chapter.slug), [chapter.locale]: value });
    if (!NOT_CHAPTERS.has(chapter.slug)) book[chapter.locale] += value;
  }
  return { chapters, book };
}
