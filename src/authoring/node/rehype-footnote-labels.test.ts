import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../tests/support/markdown';
import { rehypeFootnoteLabels } from './rehype-footnote-labels';

const render = (md: string) =>
  renderMarkdown(md, { rehype: [[rehypeFootnoteLabels, { labels: () => ({ title: '脚注', back: (n: string) => `返回正文第 ${n} 处引用` }) }]] });

describe('rehypeFootnoteLabels', () => {
  it('gives the footnotes a visible heading and back-links named in the page’s language', async () => {
    const html = await render('甲[^a]，乙[^b]，再引甲[^a]。\n\n[^a]: 来源一。\n\n[^b]: 来源二。\n');
    expect(html).toContain('<h2 class="footnotes-title" id="footnote-label">脚注</h2>');
    expect(html).not.toContain('Footnotes');
    expect(html).not.toContain('Back to reference');
    expect(html).toContain('href="#user-content-fnref-a" data-footnote-backref="" aria-label="返回正文第 1 处引用"');
    expect(html).toContain('href="#user-content-fnref-a-2" data-footnote-backref="" aria-label="返回正文第 1-2 处引用"');
    expect(html).toContain('href="#user-content-fnref-b" data-footnote-backref="" aria-label="返回正文第 2 处引用"');
  });

  it('does nothing to a page without footnotes', async () => {
    expect(await render('## Title\n\nText.')).toBe('<h2>Title</h2>\n<p>Text.</p>');
  });
});
