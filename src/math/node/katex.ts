import type { Root } from 'hast';
import type { Options as RehypeKatexOptions } from 'rehype-katex';
import type { Node, Point } from 'unist';
import type { VFile } from 'vfile';

/**
 * KaTeX's settings for rehype-katex, which renders remark-math's formulas at
 * build time: HTML for the eye and MathML for assistive technology. `strict:
 * 'error'` makes Unicode text in math mode an error instead of a warning.
 */
export const katexOptions = { output: 'htmlAndMathml', strict: 'error' } as const satisfies RehypeKatexOptions;

/**
 * rehype-katex reports a formula it cannot render as a message on the file
 * and draws it in red. A book should not ship red TeX: after rehype-katex,
 * this stops the build, naming every bad formula of the file with its line
 * and column and KaTeX's own explanation.
 */
export function rehypeKatexErrors() {
  return (_tree: Root, file: VFile): void => {
    const problems = file.messages
      .filter((message) => message.source === 'rehype-katex')
      .map((message) => {
        // A $$ block's <code> has no position of its own; its <pre> has.
        const start = message.place ? ('start' in message.place ? message.place.start : message.place) : positioned(message.ancestors);
        return { line: start?.line, column: start?.column, reason: message.cause instanceof Error ? message.cause.message : message.reason };
      });
    if (problems.length > 0) throw new Error(formatMathErrors(file.path, problems));
  };
}

function positioned(ancestors: readonly Node[] | undefined): Point | undefined {
  return ancestors?.findLast((node) => node.position)?.position?.start;
}

export interface MathProblem {
  line?: number | undefined;
  column?: number | undefined;
  reason: string;
}

export function formatMathErrors(path: string | undefined, problems: readonly MathProblem[]): string {
  const lines = problems.map(({ line, column, reason }) => `  ${path ?? '<unknown file>'}:${line ?? '?'}:${column ?? '?'}  ${reason}`);
  const noun = problems.length === 1 ? 'formula' : 'formulas';
  return `KaTeX could not render ${problems.length} ${noun}:\n${lines.join('\n')}`;
}
