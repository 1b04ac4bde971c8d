import { visit } from 'unist-util-visit';
import { isCrossReference, parseReferences } from '../../src/apparatus/node/reference-syntax.ts';
import { countPageFeatures } from '../../src/chapters/node/remark-page-features.ts';
import { pythonExamples } from './code-examples.ts';
import { allChapters, type ChapterSource } from './mdx.ts';

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
export function proseCounts(sources: readonly ChapterSource[] = allChapters()): ProseCounts {
  const chapters = new Map<string, { en?: number; zh?: number }>();
  const book = { en: 0, zh: 0 };
  for (const chapter of sources) {
    if (chapter.locale !== 'en' && chapter.locale !== 'zh') continue;
    const { text } = countPageFeatures(chapter.tree);
    const value = chapter.locale === 'en' ? text.words : text.cjk;
    chapters.set(chapter.slug, { ...chapters.get(chapter.slug), [chapter.locale]: value });
    if (!NOT_CHAPTERS.has(chapter.slug)) book[chapter.locale] += value;
  }
  return { chapters, book };
}

export interface EvidenceCounts {
  /** Citations of sources in the English chapters (a `[@a; @b]` counts two). */
  citations: number;
  /** Distinct sources cited anywhere in the book. */
  sources: number;
  /** Python examples the tests run and whose printed output they compare, per language. */
  examples: number;
  /** Numbers in those printed outputs (English pages): figures the text shows that code computes. */
  numbersChecked: number;
}

/** What the book rests on: its citations, and the figures its tested code prints. */
export function evidenceCounts(sources: readonly ChapterSource[] = allChapters()): EvidenceCounts {
  const counts: EvidenceCounts = { citations: 0, sources: 0, examples: 0, numbersChecked: 0 };
  const keys = new Set<string>();
  for (const chapter of sources) {
    visit(chapter.tree, 'text', (node) => {
      for (const segment of parseReferences(node.value) ?? []) {
        if (segment.type !== 'cite') continue;
        for (const { key } of segment.items) {
          if (isCrossReference(key)) continue;
          keys.add(key);
          if (chapter.locale === 'en') counts.citations += 1;
        }
      }
    });
    if (chapter.locale !== 'en') continue;
    for (const example of pythonExamples(chapter.tree)) {
      if (example.skipReason !== undefined || example.expectedOutput === undefined) continue;
      counts.examples += 1;
      counts.numbersChecked += example.expectedOutput.match(/\d+(?:[.,]\d+)*(?:e[-+]?\d+)?/gi)?.length ?? 0;
    }
  }
  counts.sources = keys.size;
  return counts;
}
