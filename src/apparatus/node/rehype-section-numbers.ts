import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Draws the section numbers remarkApparatus worked out ("2.1") at the start
 * of their headings, and in the headings list the table of contents is made
 * from. Runs after Astro's rehypeHeadingIds, so the number is not part of
 * the heading's id: links to a section keep working when sections move.
 */
export function rehypeSectionNumbers() {
  return (tree: Root, file: VFile): void => {
    const numbers = new Map<string, string>();
    visit(tree, 'element', (node) => {
      const number = node.properties.dataSectionNumber;
      if (typeof number !== 'string') return;
      delete node.properties.dataSectionNumber;
      node.children.unshift(
        { type: 'element', tagName: 'span', properties: { className: ['section-number'] }, children: [{ type: 'text', value: number }] },
        { type: 'text', value: ' ' },
      );
      if (typeof node.properties.id === 'string') numbers.set(node.properties.id, number);
    });
    const headings = (file.data as { astro?: { headings?: Heading[] } }).astro?.headings ?? [];
    for (const heading of headings) {
      const number = numbers.get(heading.slug);
      if (number) heading.text = `${number} ${heading.text}`;
    }
  };
}
