import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import katex, { type KatexOptions } from 'katex';
import type { VFile } from 'vfile';

/**
 * Renders remark-math's formulas with KaTeX at build time (HTML for the eye,
 * MathML for assistive technology), each as one HTML string.
 *
 * rehype-katex parses KaTeX's HTML back into a tree, so every later pass
 * (Astro's own MDX passes included) walks hundreds of nodes per formula and
 * MDX's optimizer serialises them all again. Here each formula stays the
 * string KaTeX produced, carried to the page by an MDX `<Fragment set:html>`.
 *
 * A formula KaTeX cannot render stops the build, naming every bad formula of
 * the file with its line and column and KaTeX's own explanation.
 */
export interface RehypeMathOptions {
  katex?: Omit<KatexOptions, 'displayMode' | 'throwOnError'>;
}

interface Problem {
  line?: number | undefined;
  column?: number | undefined;
  reason: string;
}

/** The MDX node that writes `html` into the page as is. */
interface HtmlFragment {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: 'Fragment';
  attributes: { type: 'mdxJsxAttribute'; name: 'set:html'; value: string }[];
  children: [];
}

export function rehypeMath(options: RehypeMathOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const problems: Problem[] = [];
    const render = (scope: Element, displayMode: boolean): HtmlFragment | undefined => {
      try {
        const html = katex.renderToString(toText(scope, { whitespace: 'pre' }), { ...options.katex, displayMode, throwOnError: true });
        return {
          type: displayMode ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
          name: 'Fragment',
          attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }],
          children: [],
        };
      } catch (error) {
        const { line, column } = scope.position?.start ?? {};
        problems.push({ line, column, reason: error instanceof Error ? error.message : String(error) });
        return undefined;
      }
    };
    const walk = (parent: Root | Element): void => {
      parent.children.forEach((child: RootContent | ElementContent, index) => {
        if (child.type !== 'element') return;
        const math = mathOf(child);
        if (!math) return walk(child);
        const fragment = render(math.scope, math.display);
        // The fragment is an MDX node, which hast's types do not list.
        if (fragment) parent.children[index] = fragment as unknown as Element;
      });
    };
    walk(tree);
    if (problems.length > 0) throw new Error(formatMathErrors(file.path, problems));
  };
}

/** remark-math's output: `<code class="math-inline">` in text, `<pre><code class="math-display">` as a block. */
function mathOf(element: Element): { scope: Element; display: boolean } | undefined {
  if (element.tagName === 'pre') {
    const [code] = element.children;
    if (element.children.length === 1 && code?.type === 'element' && code.tagName === 'code' && classes(code).includes('language-math')) {
      return { scope: element, display: true };
    }
    return undefined;
  }
  const list = classes(element);
  if (list.includes('math-display')) return { scope: element, display: true };
  if (list.includes('math-inline') || list.includes('language-math')) return { scope: element, display: false };
  return undefined;
}

function classes(element: Element): readonly unknown[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value : [];
}

export function formatMathErrors(path: string | undefined, problems: readonly Problem[]): string {
  const lines = problems.map(({ line, column, reason }) => `  ${path ?? '<unknown file>'}:${line ?? '?'}:${column ?? '?'}  ${reason}`);
  const noun = problems.length === 1 ? 'formula' : 'formulas';
  return `KaTeX could not render ${problems.length} ${noun}:\n${lines.join('\n')}`;
}
