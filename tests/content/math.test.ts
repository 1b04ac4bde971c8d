import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { allChapters } from '../../scripts/lib/mdx';

/**
 * KaTeX writes an operator name in a sub- or superscript (`p_{\max}`) as
 * `<mi>max</mi><mo>⁡</mo>` inside `<msub>`: three children where MathML allows
 * two, which the Nu HTML Checker and EPUBCheck reject. A label in a script is
 * text anyway: `p_{\text{max}}`. This finds it in the source, by file and line.
 */
const OPERATOR_IN_SCRIPT = /[_^]\s*\{?\s*\\(max|min|log|ln|exp|sup|inf|lim|arg|det|dim|sin|cos|tan)\b/;

const formulas = allChapters().flatMap((chapter) => {
  const found: { where: string; tex: string }[] = [];
  visit(chapter.tree, (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return;
    found.push({ where: `${chapter.file}:${node.position?.start.line ?? 0}`, tex: (node as { value: string }).value });
  });
  return found;
});

describe('formulas in content/', () => {
  it('exist, so this test cannot pass by finding nothing', () => {
    expect(formulas.length).toBeGreaterThan(100);
  });

  it('put no operator name (\\max, \\min, \\log …) in a sub- or superscript', () => {
    const bad = formulas
      .map(({ where, tex }) => ({ where, match: OPERATOR_IN_SCRIPT.exec(tex) }))
      .filter(({ match }) => match)
      .map(({ where, match }) => `${where}: "${match![0]}": write \\text{${match![1]}} in a script`);
    expect(bad).toEqual([]);
  });
});
