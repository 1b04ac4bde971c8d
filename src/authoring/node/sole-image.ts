import type { Image, Nodes } from 'mdast';

/**
 * The image a paragraph holds alone (surrounding whitespace aside): such a
 * paragraph is a figure (remark-figures), and a `fig-` label may name it
 * (src/apparatus).
 */
export function soleImage(node: Nodes | undefined): Image | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return content.length === 1 && content[0]!.type === 'image' ? content[0] : undefined;
}
