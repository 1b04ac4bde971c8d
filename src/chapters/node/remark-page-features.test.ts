import type { Root } from 'mdast';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { countPageFeatures, remarkPageFeatures } from './remark-page-features';

const parse = (md: string) => unified().use(remarkParse).use(remarkMath).parse(md) as Root;
const md = ['Inline $a+b$ and', '', '$$', 'x^2', '$$', '', '```mermaid', 'graph TD', '```', '', '```python', 'print(1)', '```'].join('\n');

describe('countPageFeatures', () => {
  it('counts formulas, diagrams and other code blocks', () => {
    expect(countPageFeatures(parse(md))).toEqual({ formulas: 2, diagrams: 1, codeBlocks: 1, text: { cjk: 0, words: 2 } });
  });
  it('finds nothing in plain text', () => {
    expect(countPageFeatures(parse('Just words, $5 and $6.'))).toMatchObject({ diagrams: 0, codeBlocks: 0 });
  });
});

describe('the reading-time text', () => {
  it('counts prose only: code blocks, inline code, formulas and diagrams are left out', () => {
    const tree = parse(['大模型训练 with care', '', '`ignored code`', '', '```python', 'many words here', '```', '', '$x + y$'].join('\n'));
    expect(countPageFeatures(tree).text).toEqual({ cjk: 5, words: 2 });
  });
});

describe('remarkPageFeatures', () => {
  it('puts the counts into the frontmatter Astro hands to the layout', () => {
    const file = new VFile();
    remarkPageFeatures()(parse(md), file);
    expect((file.data as { astro: { frontmatter: { features: unknown } } }).astro.frontmatter.features).toMatchObject({
      formulas: 2,
      diagrams: 1,
      codeBlocks: 1,
    });
  });
});
