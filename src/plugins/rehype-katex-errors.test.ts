import type { Root } from 'hast';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeKatexErrors } from './rehype-katex-errors';

const render = (markdown: string) =>
  unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeKatex, { strict: 'error' })
    .use(rehypeKatexErrors)
    .use(rehypeStringify)
    .process(new VFile({ path: 'content/en/x.mdx', value: markdown }));

describe('rehypeKatexErrors', () => {
  it('lets valid TeX through', async () => {
    const html = String(await render('Euler: $e^{i\\pi} + 1 = 0$'));
    expect(html).toContain('class="katex"');
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
    await expect(render('$\\frac{$ and $\\sqrt{$')).rejects.toThrow(/could not render 2 formulas/);
  });

  it('ignores messages from other plugins', () => {
    const file = new VFile({ path: 'a.mdx' });
    file.message('something else', { source: 'other' });
    expect(() => rehypeKatexErrors()({ type: 'root', children: [] } as Root, file)).not.toThrow();
  });
});
