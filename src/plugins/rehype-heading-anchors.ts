import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

export interface HeadingAnchorOptions {
  /** Which heading levels get an anchor link. */
  depths?: readonly number[];
  /** The link's accessible name, in the language of the file being rendered. */
  label: (headingText: string, file: VFile) => string;
}

/**
 * Puts each heading in a wrapper next to a "#" link to itself. The link sits
 * beside the heading rather than inside it, so the heading text (used for the
 * table of contents and by screen readers) stays clean. Needs heading ids, so
 * it runs after Astro's `rehypeHeadingIds`.
 */
export function rehypeHeadingAnchors(options: HeadingAnchorOptions) {
  const depths = new Set(options.depths ?? [2, 3, 4]);
  return (tree: Root, file: VFile): void => {
    visit(tree, 'element', (node, index, parent) => {
      const depth = headingDepth(node);
      if (depth === undefined || !depths.has(depth) || !parent || index === undefined) return;
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '') return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-h${depth}`] },
        children: [node, anchorLink(id, options.label(toText(node).trim(), file))],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}

function headingDepth(node: Element): number | undefined {
  const match = /^h([1-6])$/.exec(node.tagName);
  return match ? Number(match[1]) : undefined;
}

function anchorLink(id: string, label: string): Element {
  const icon: ElementContent = {
    type: 'element',
    tagName: 'span',
    properties: { ariaHidden: 'true', className: ['anchor-icon'] },
    children: [{ type: 'text', value: '#' }],
  };
  const text: ElementContent = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['sr-only'] },
    children: [{ type: 'text', value: label }],
  };
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}` },
    children: [icon, text],
  };
}
