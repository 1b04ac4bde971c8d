import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { invalidMathml, katexOptions, rehypeKatexErrors } from './katex';

/** The pipeline as astro.config.mjs sets it: rehype-katex with our options, then the error check. */
const render = async (markdown: string): Promise<string> => {
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeKatex, katexOptions).use(rehypeKatexErrors).use(rehypeStringify);
  return String(await processor.process(new VFile({ path: 'content/en/x.mdx', value: markdown })));
};

describe('math with rehype-katex', () => {
  it('renders each formula as KaTeX HTML with MathML and its TeX annotation', async () => {
    const html = await render('Euler: $e^{i\\pi} + 1 = 0$, and $x$.');
    expect(html.match(/<span class="katex">/g)).toHaveLength(2);
    expect(html).toContain('<span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).toContain('<annotation encoding="application/x-tex">e^{i\\pi} + 1 = 0</annotation>');
    expect(html).toContain('<span class="katex-html" aria-hidden="true">');
  });

  it('renders a $$ block in display mode, in place of its <pre>', async () => {
    const html = await render('Before.\n\n$$\n\\sum_{i=1}^n i\n$$\n\nAfter.');
    expect(html).toContain('<span class="katex-display"><span class="katex">');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(html).not.toContain('<pre');
  });

  it('leaves ordinary code alone', async () => {
    const html = await render('`$x$` and\n\n```py\nx = 1\n```');
    expect(html).not.toContain('katex');
  });

  it('turns a KaTeX parse error into a build error with file, line and column', async () => {
    await expect(render('Line one.\n\nSecond: $\\frac{1}{$')).rejects.toThrow(/content\/en\/x\.mdx:3:9 {2}KaTeX parse error: .*\\frac\{1\}\{/);
  });

  it('reports Unicode text in math mode under strict mode', async () => {
    await expect(render('$x = 值$')).rejects.toThrow(/x\.mdx:1:1 .*strict mode is set to 'error'/);
  });

  it('reports every bad formula of the file at once', async () => {
    await expect(render('$\\frac{$ and\n\n$$\n\\sqrt{\n$$')).rejects.toThrow(/could not render 2 formulas:\n.*x\.mdx:1:1 .*\n.*x\.mdx:3:1 /);
  });

  it('stops on a formula whose MathML is invalid: an operator name alone in a script', async () => {
    await expect(render('Text.\n\nThe peak $p_{\\max}$ here.')).rejects.toThrow(
      /x\.mdx:3:1 {2}KaTeX wrote invalid MathML for "p_\{\\max\}": <msub> with 3 children where MathML allows 2 \(.*\\text\{max\}/,
    );
    await expect(render('$$\nx^{\\log} + y_{\\min}^{2}\n$$')).rejects.toThrow(/<msup> with 3 children where MathML allows 2 \(.*\); <msubsup> with 4 children where MathML allows 3 \(.*\)\./);
  });

  it('stops on a token element holding elements: \\bmod', async () => {
    await expect(render('Slot $i \\bmod W$.')).rejects.toThrow(/x\.mdx:1:1 {2}KaTeX wrote invalid MathML for "i \\bmod W": <mo> holding <mrow> where MathML allows only text \(.*\\operatorname\{mod\}\)/);
  });

  it('finds it inside MDX components too', async () => {
    const processor = unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeKatex, katexOptions);
    const file = new VFile({ path: 'content/en/x.mdx', value: 'Callout: $p_{\\max}$' });
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    // As in an MDX tree: the paragraph wrapped in a JSX element, which is not a hast element.
    const wrapped = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'Callout', attributes: [], children: tree.children }] } as unknown as Root;
    expect(invalidMathml(wrapped).map((p) => p.line)).toEqual([1]);
  });

  it('lets valid scripts pass: an operator applied in a script, text in a script, limits', async () => {
    await expect(render('$a_{\\max x}$, $p_{\\text{max}}$, $\\max_i x_i$, $\\lim_{x\\to 0} f$, $\\sum_{i=1}^{n} i$, $\\frac{1}{2}$, $\\sqrt[3]{x}$, $i \\operatorname{mod} W$, $\\text{mod}$')).resolves.toContain('katex');
  });

  it('lets other plugins’ messages pass', async () => {
    const processor = unified().use(remarkParse).use(() => (_tree, file) => void file.message('a note')).use(remarkRehype).use(rehypeKatexErrors).use(rehypeStringify);
    await expect(processor.process('text')).resolves.toBeDefined();
  });
});
