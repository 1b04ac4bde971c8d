import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { katexOptions, rehypeKatexErrors } from './katex';

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

  it('lets other plugins’ messages pass', async () => {
    const processor = unified().use(remarkParse).use(() => (_tree, file) => void file.message('a note')).use(remarkRehype).use(rehypeKatexErrors).use(rehypeStringify);
    await expect(processor.process('text')).resolves.toBeDefined();
  });
});
