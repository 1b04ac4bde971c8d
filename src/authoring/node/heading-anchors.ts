import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import type { VFile } from 'vfile';

export interface HeadingAnchorOptions {
  /** Which heading levels get an anchor link. */
  depths?: readonly number[];
  /** The link's accessible name, in the language of the file being rendered. */
  label: (headingText: string, file: VFile) => string;
}

/**
 * rehype-autolink-headings, set up as the book wants it: each heading sits in
 * a wrapper next to a "#" link to itself, beside the heading rather than
 * inside it, so the heading text (used for the table of contents and by
 * screen readers) stays clean. The link's label is in the chapter's language,
 * which only the file tells, so the plugin is set up per file. Needs heading
 * ids: runs after Astro's `rehypeHeadingIds`.
 */
export function rehypeHeadingAnchors(options: HeadingAnchorOptions) {
  const test = (options.depths ?? [2, 3, 4]).map((depth) => `h${depth}`);
  return (tree: Root, file: VFile): void => {
    const autolink = rehypeAutolinkHeadings({
      behavior: 'after',
      test,
      group: (heading) => ({ type: 'element', tagName: 'div', properties: { className: ['heading-wrapper', `level-${heading.tagName}`] }, children: [] }),
      properties: { className: ['anchor-link'] },
      content: (heading) => linkContent(options.label(toText(heading).trim(), file)),
    });
    autolink(tree);
  };
}

function linkContent(label: string): ElementContent[] {
  const icon: Element = { type: 'element', tagName: 'span', properties: { ariaHidden: 'true', className: ['anchor-icon'] }, children: [{ type: 'text', value: '#' }] };
  const text: Element = { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: label }] };
  return [icon, text];
}
