/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  depth: number;
  children: TocItem[];
}

/**
 * Nests h2–h3 (by default) into a tree for the on-page table of contents.
 * A deeper heading that appears before any shallower one is kept at the top
 * level rather than dropped.
 */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { slug: heading.slug, text: heading.text.trim(), depth: heading.depth, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= item.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : root).push(item);
    stack.push(item);
  }
  return root;
}
