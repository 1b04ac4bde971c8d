import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

export interface TableScrollOptions {
  /** The scroll box's accessible name from the table's column headings, in the language of the file being rendered. */
  label: (headers: readonly string[], file: VFile) => string;
}

/**
 * A wide table scrolls inside its own box instead of widening the page on a
 * phone. The box is a focusable region, so that keyboard users can scroll it
 * too (axe: scrollable-region-focusable), named after the table's column
 * headings, so that two tables' regions are told apart.
 */
export function rehypeTableScroll(options: TableScrollOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const cells = (firstRow(node)?.children ?? []).filter((cell): cell is Element => cell.type === 'element');
      const headers = cells.filter((cell) => cell.tagName === 'th').map((cell) => toText(cell).trim());
      // Each column keeps a readable width (CSS: min-width from --columns); a narrow screen scrolls the box instead.
      node.properties.style = `--columns: ${cells.length}`;
      const box: Element = {
        type: 'element',
        // A named <section> is a region landmark.
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: options.label(headers, file) },
        children: [node],
      };
      parent.children[index] = box;
      return SKIP;
    });
  };
}

function firstRow(table: Element): Element | undefined {
  let row: Element | undefined;
  visit(table, 'element', (node) => {
    if (row) return SKIP;
    if (node.tagName === 'tr') row = node;
    return undefined;
  });
  return row;
}
