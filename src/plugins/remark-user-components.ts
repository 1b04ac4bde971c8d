import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export interface UserComponentOptions {
  /** Component names a chapter may use. */
  names: readonly string[];
}

/**
 * Chapters use components without importing them (the layouts pass them in),
 * so a misspelt or unknown `<Component>` would only fail when the page is
 * rendered, far from its source. This stops the build at the tag instead,
 * naming the file, the line and the components there are.
 */
export function remarkUserComponents(options: UserComponentOptions) {
  const known = new Set(options.names);
  return (tree: Root, file: VFile): void => {
    // A component the chapter imports itself is its own business.
    const imported = new Set<string>();
    visit(tree, 'mdxjsEsm', (node) => {
      for (const match of node.value.matchAll(/\b[A-Z][A-Za-z0-9_]*\b/g)) imported.add(match[0]);
    });
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name;
      // Lowercase names are HTML elements; fragments have no name.
      if (!name || !/^[A-Z]/.test(name) || known.has(name) || imported.has(name.split('.')[0]!)) return;
      file.fail(
        `Unknown component <${name}>: a chapter can use ${[...known].map((n) => `<${n}>`).join(', ')}`,
        node,
        'remark-user-components:unknown',
      );
    });
  };
}
