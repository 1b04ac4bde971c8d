import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../tests/support/markdown';
import { rehypeTableScroll } from './rehype-table-scroll';

const render = (md: string) =>
  renderMarkdown(md, { rehype: [[rehypeTableScroll, { label: (headers: readonly string[]) => `Table: ${headers.join(', ')}` }]] });

describe('rehypeTableScroll', () => {
  it('puts each table in a focusable region named after its column headings', async () => {
    const html = await render('| Model | Year |\n| --- | --- |\n| BERT | 2018 |\n\n| A |\n| - |\n| 1 |\n');
    expect(html).toContain('<section class="table-scroll" tabindex="0" aria-label="Table: Model, Year"><table style="--columns: 2">');
    expect(html).toContain('aria-label="Table: A"');
    expect(html.match(/<section class="table-scroll"/g)).toHaveLength(2);
    expect(html).toContain('<td>BERT</td>');
  });
});
