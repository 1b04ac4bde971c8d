import type { Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkSmartypants from 'remark-smartypants';
import { SKIP, visit } from 'unist-util-visit';

/** What SmartyPants changes: straight quotes and backticks, double and triple hyphens, three dots. */
const CHANGEABLE = /["'`]|--|\.\.\./;

/**
 * Typographic punctuation (“ ” ‘ ’ – — …) in chapter text, by remark-smartypants,
 * the plugin Astro would run on every chapter, handed only the blocks it can
 * change. It reads text one block (paragraph, heading, table cell) at a time,
 * but parses every text node of the chapter twice, whatever it holds; most
 * blocks hold none of the characters it replaces (Chinese text all but never),
 * so it is given a root of the blocks that do, whose nodes it changes in place.
 * astro.config.mjs turns Astro's own run off (smartypants: false on its processor).
 */
export function remarkSmartPunctuation(options?: Parameters<typeof remarkSmartypants>[0]) {
  // The plugin uses no processor: its transformer is called on the root of blocks below.
  const smartypants = remarkSmartypants.call(undefined as never, options) as unknown as (tree: Root) => void;
  return (tree: Root): void => {
    const blocks: Parent[] = [];
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
      if (CHANGEABLE.test(toString(node))) blocks.push(node);
      return SKIP;
    });
    if (blocks.length > 0) smartypants({ type: 'root', children: blocks as Root['children'] });
  };
}
