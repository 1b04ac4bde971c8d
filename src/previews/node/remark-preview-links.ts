import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { EXIT, visit } from 'unist-util-visit';
import { setPluginFrontmatter } from '../../chapters/node/plugin-frontmatter';

/** Classes of the links that get a preview: glossary links (remark-glossary-links.ts), citations, cross-references. */
export const PREVIEW_LINK_CLASSES = ['glossary-link', 'xref', 'citation'] as const;

function classNames(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/);
  if (Array.isArray(value)) return value.map(String);
  return [];
}

/** Whether a chapter's Markdown tree has a link that gets a preview: a footnote reference or a link of one of those classes. */
export function hasPreviewLinks(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type === 'footnoteReference') found = true;
    else if (node.type === 'link') {
      const classes = classNames(node.data?.hProperties?.className);
      found = classes.some((c) => (PREVIEW_LINK_CLASSES as readonly string[]).includes(c));
    }
    return found ? EXIT : undefined;
  });
  return found;
}

/**
 * Exposes `remarkPluginFrontmatter.previews`, so that the layouts load the
 * previews script only on pages with such links. Runs after every plugin that
 * makes them.
 */
export function remarkPreviewLinks() {
  return (tree: Root, file: VFile): void => {
    setPluginFrontmatter(file, 'previews', hasPreviewLinks(tree));
  };
}
