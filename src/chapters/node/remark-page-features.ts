import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { countText, type TextCounts } from './reading-time.ts';
import { setPluginFrontmatter } from './plugin-frontmatter.ts';

/** What a chapter contains, counted once from its Markdown tree. */
export interface PageFeatures {
  /** Inline and display formulas. */
  formulas: number;
  /** ```mermaid fences. */
  diagrams: number;
  /** Fenced code blocks other than diagrams. */
  codeBlocks: number;
  /** Prose for the reading-time estimate: code, formulas and diagrams excluded. */
  text: TextCounts;
}

export function countPageFeatures(tree: Root): PageFeatures {
  const features: PageFeatures = { formulas: 0, diagrams: 0, codeBlocks: 0, text: { cjk: 0, words: 0 } };
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') features.formulas += 1;
    else if (node.type === 'code') {
      if (node.lang === 'mermaid') features.diagrams += 1;
      else features.codeBlocks += 1;
    } else if (node.type === 'text') {
      const counts = countText(node.value);
      features.text.cjk += counts.cjk;
      features.text.words += counts.words;
    } else if (node.type === 'inlineCode') return SKIP;
    return undefined;
  });
  return features;
}

/**
 * Exposes the counts as `remarkPluginFrontmatter.features`, so a layout can
 * load the KaTeX stylesheet (or, later, diagram code) only on pages that need it.
 */
export function remarkPageFeatures() {
  return (tree: Root, file: VFile): void => {
    setPluginFrontmatter(file, 'features', countPageFeatures(tree));
  };
}
