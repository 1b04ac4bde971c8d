import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { EXIT, visit } from 'unist-util-visit';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
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
 * and column and KaTeX's own explanation, and every formula KaTeX rendered
 * into MathML that is not valid (invalidMathml).
 */
export function rehypeKatexErrors() {
  return (tree: Root, file: VFile): void => {
    const problems: MathProblem[] = file.messages
      .filter((message) => message.source === 'rehype-katex')
      .map((message) => {
        // A $$ block's <code> has no position of its own; its <pre> has.
        const start = message.place ? ('start' in message.place ? message.place.start : message.place) : positioned(message.ancestors);
        return { line: start?.line, column: start?.column, reason: message.cause instanceof Error ? message.cause.message : message.reason };
      });
    problems.push(...invalidMathml(tree));
    if (problems.length > 0) throw new Error(formatMathErrors(file.path, problems));
  };
}

/** How many children MathML gives each element that has a fixed number: base and script(s), numerator and denominator. */
const CHILDREN: Readonly<Record<string, number>> = { msub: 2, msup: 2, munder: 2, mover: 2, msubsup: 3, munderover: 3, mfrac: 2, mroot: 2 };

/** Token elements hold text; of elements, MathML allows them only these two. */
const TOKENS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext']);
const IN_TOKENS = new Set(['mglyph', 'malignmark']);

/**
 * Formulas whose MathML breaks MathML's content model, which the Nu HTML
 * Checker and EPUBCheck reject and screen readers read wrongly. KaTeX writes
 * two such shapes from valid TeX:
 * - an operator name alone in a sub- or superscript (`p_{\max}`) becomes
 *   `<msub><mi>p</mi><mi>max</mi><mo>⁡</mo></msub>`, three children where
 *   MathML allows two;
 * - `\bmod` (and `\mathbin{\mathrm{…}}`) becomes an `<mo>` holding an `<mrow>`
 *   of letters, where a token element holds text.
 * The rendered formulas have no position of their own; the line is that of
 * the element around them (the paragraph, the table cell), and the message
 * quotes the TeX.
 */
export function invalidMathml(tree: Root): MathProblem[] {
  const problems: MathProblem[] = [];
  // visitParents walks every node with children, not only elements: in MDX a formula may sit inside a component (a callout, a tab).
  visitParents(tree, (node, ancestors) => {
    if (node.type !== 'element' || node.tagName !== 'math') return CONTINUE;
    const wrong = new Map<string, string>();
    visit(node, 'element', (element) => {
      const expected = CHILDREN[element.tagName];
      const children = element.children.filter((child): child is Element => child.type === 'element');
      if (expected !== undefined && children.length !== expected) {
        wrong.set(`<${element.tagName}> with ${children.length} children where MathML allows ${expected}`, 'an operator name alone in a sub- or superscript does this: write p_{\\text{max}}, not p_{\\max}');
      }
      const inside = children.find((child) => !IN_TOKENS.has(child.tagName));
      if (TOKENS.has(element.tagName) && inside) {
        wrong.set(`<${element.tagName}> holding <${inside.tagName}> where MathML allows only text`, '\\bmod does this: write \\operatorname{mod}');
      }
    });
    if (wrong.size > 0) {
      const start = positioned(ancestors);
      problems.push({
        line: start?.line,
        column: start?.column,
        reason: `KaTeX wrote invalid MathML for "${texOf(node) ?? ''}": ${[...wrong].map(([what, hint]) => `${what} (${hint})`).join('; ')}.`,
      });
    }
    return SKIP;
  });
  return problems;
}

/** The TeX KaTeX keeps in the formula's MathML annotation. */
function texOf(math: Element): string | undefined {
  let tex: string | undefined;
  visit(math, { type: 'element', tagName: 'annotation' }, (annotation) => {
    tex = toText(annotation);
    return EXIT;
  });
  return tex;
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
