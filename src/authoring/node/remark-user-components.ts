import type { Program } from 'estree';
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
    // A component the chapter imports or defines itself is its own business.
    const imported = new Set<string>();
    visit(tree, 'mdxjsEsm', (node) => {
      for (const name of declaredNames(node.data?.estree)) imported.add(name);
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

/** The names an MDX import/export block brings into scope, read from the syntax tree MDX parsed it into. */
function declaredNames(program: Program | null | undefined): string[] {
  return (program?.body ?? []).flatMap((statement) => {
    if (statement.type === 'ImportDeclaration') return statement.specifiers.map((specifier) => specifier.local.name);
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : undefined;
    if (declaration?.type === 'VariableDeclaration') {
      return declaration.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []));
    }
    if (declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') return declaration.id ? [declaration.id.name] : [];
    return [];
  });
}
