import type { Root } from 'hast';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeMath } from './rehype-math';

interface Fragment {
  type: string;
  name?: string;
  attributes?: { name: string; value: string }[];
}

const render = async (markdown: string): Promise<Root> => {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeMath, { katex: { strict: 'error', output: 'htmlAndMathml' } });
  const file = new VFile({ path: 'content/en/x.mdx', value: markdown });
  return processor.run(processor.parse(file), file) as Promise<Root>;
};

/** Every node the plugin produced, in document order. */
function fragments(node: Root | Root['children'][number]): Fragment[] {
  const own = (node as Fragment).name === 'Fragment' ? [node as Fragment] : [];
  const children = 'children' in node ? (node.children as Root['children']) : [];
  return [...own, ...children.flatMap(fragments)];
}
const html = (fragment: Fragment) => fragment.attributes?.find((a) => a.name === 'set:html')?.value ?? '';

describe('rehypeMath', () => {
  it('turns each formula into one HTML string with KaTeX markup and MathML', async () => {
    const tree = await render('Euler: $e^{i\\pi} + 1 = 0$, and $x$.');
    const found = fragments(tree);
    expect(found.map((f) => f.type)).toEqual(['mdxJsxTextElement', 'mdxJsxTextElement']);
    expect(html(found[0]!)).toMatch(/^<span class="katex"><span class="katex-mathml"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML">/);
    expect(html(found[0]!)).toContain('<annotation encoding="application/x-tex">e^{i\\pi} + 1 = 0</annotation>');
  });

  it('renders a $$ block in display mode, in place of its <pre>', async () => {
    const tree = await render('Before.\n\n$$\n\\sum_{i=1}^n i\n$$\n\nAfter.');
    const [block] = fragments(tree);
    expect(block?.type).toBe('mdxJsxFlowElement');
    expect(html(block!)).toMatch(/^<span class="katex-display"><span class="katex">/);
    expect(JSON.stringify(tree)).not.toContain('"tagName":"pre"');
  });

  it('leaves ordinary code alone', async () => {
    const tree = await render('`$x$` and\n\n```py\nx = 1\n```');
    expect(fragments(tree)).toEqual([]);
  });

  it('turns a KaTeX parse error into a build error with file, line and column', async () => {
    await expect(render('Line one.\n\nSecond: $\\frac{1}{$')).rejects.toThrow(
      /content\/en\/x\.mdx:3:9 {2}KaTeX parse error: .*\\frac\{1\}\{/,
    );
  });

  it('reports Unicode text in math mode under strict mode', async () => {
    await expect(render('$x = 值$')).rejects.toThrow(/x\.mdx:1:1 .*strict mode is set to 'error'/);
  });

  it('reports every bad formula of the file at once', async () => {
    await expect(render('$\\frac{$ and\n\n$$\n\\sqrt{\n$$')).rejects.toThrow(/could not render 2 formulas:\n.*x\.mdx:1:1 .*\n.*x\.mdx:3:1 /);
  });
});
