import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { renderMarkdown } from '../../../tests/support/markdown';
import { remarkGlossaryLinks, type GlossaryLinkTerm } from './remark-glossary-links';

const terms: GlossaryLinkTerm[] = [
  { id: 'gradient', names: { zh: '梯度', en: 'gradient' } },
  { id: 'gradient-descent', names: { zh: '梯度下降', en: 'gradient descent' } },
  { id: 'transformer', names: { zh: 'Transformer', en: 'Transformer' } },
  { id: 'gpu', names: { zh: 'GPU', en: 'GPU' } },
];

const render = (md: string, path = 'content/zh/a.mdx') =>
  renderMarkdown(md, {
    remark: [
      [
        remarkGlossaryLinks,
        {
          terms,
          localeOf: (file: VFile) => (file.path.endsWith('glossary.mdx') ? undefined : file.path.includes('/en/') ? 'en' : 'zh'),
          href: (id: string) => `../glossary/#${id}`,
        },
      ],
    ],
    path,
  });

const link = (id: string, text: string) => `<a href="../glossary/#${id}" class="glossary-link">${text}</a>`;

describe('remarkGlossaryLinks', () => {
  it('links the first use of each term only, the longer name first', async () => {
    const html = await render('梯度下降沿梯度的反方向走；梯度下降和梯度再次出现。');
    expect(html).toBe(`<p>${link('gradient-descent', '梯度下降')}沿${link('gradient', '梯度')}的反方向走；梯度下降和梯度再次出现。</p>`);
  });

  it('matches English whole words in any case, with a plural', async () => {
    const html = await render('Gradients flow back. A transformer-based GPU-heavy Transformer model; gradient descent.', 'content/en/a.mdx');
    expect(html).toContain(`${link('gradient', 'Gradients')} flow back.`);
    // "transformer-based" and "GPU-heavy" are other words; the standalone Transformer is linked.
    expect(html).toContain(`A transformer-based GPU-heavy ${link('transformer', 'Transformer')} model; ${link('gradient-descent', 'gradient descent')}.`);
  });

  it('finds Latin names inside Chinese text', async () => {
    expect(await render('基于Transformer的模型')).toContain(`基于${link('transformer', 'Transformer')}的模型`);
  });

  it('leaves headings, links, code, formulas and footnotes alone, and links later plain text instead', async () => {
    const html = await render('## 梯度\n\n[梯度](x) `梯度` 正文里的梯度。');
    expect(html).toContain('<h2>梯度</h2>');
    expect(html).toContain('<a href="x">梯度</a> <code>梯度</code> 正文里的' + link('gradient', '梯度') + '。');
  });

  it('adds no links to the glossary itself', async () => {
    expect(await render('梯度', 'content/zh/glossary.mdx')).toBe('<p>梯度</p>');
  });
});
