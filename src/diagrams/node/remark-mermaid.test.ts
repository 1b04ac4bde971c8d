import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { diagramKey } from './diagram-source';
import { remarkMermaid } from './remark-mermaid';

const source = 'flowchart LR\n    accTitle: Loop\n    accDescr: A to B.\n    A --> B';
const labels = () => ({ source: 'Source', zoom: 'Zoom', close: 'Close', error: 'Error' });
const render = async (md: string, sizes: Record<string, readonly [number, number]> = {}) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkMermaid, { sizes, labels })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(md),
  );

describe('remarkMermaid', () => {
  it('turns a mermaid fence into a captioned figure that keeps the source as plain preformatted text', async () => {
    const html = await render('```mermaid\n' + source + '\n```');
    expect(html).toContain(`<figure class="diagram" id="diagram-1" data-diagram="${diagramKey(source)}" data-line="1"`);
    expect(html).toContain('<figcaption class="diagram-title">Loop</figcaption>');
    expect(html).toContain('<pre class="diagram-code" id="diagram-1-source" tabindex="0">flowchart LR\n    accTitle: Loop');
    // No <code> inside: the code highlighter must not touch it.
    expect(html).not.toContain('<code');
    expect(html).toContain('<div class="diagram-tools"></div>');
  });

  it('reserves the recorded size with a placeholder', async () => {
    const html = await render('```mermaid\n' + source + '\n```', { [diagramKey(source)]: [320, 140] });
    expect(html).toContain('<svg class="diagram-placeholder" viewBox="0 0 320 140" width="320" height="140" aria-hidden="true"></svg>');
  });

  it('leaves other code blocks alone and numbers several diagrams', async () => {
    const html = await render('```python\nx = 1\n```\n\n```mermaid\ngraph TD\nA-->B\n```\n\n```mermaid\ngraph TD\nB-->C\n```');
    expect(html).toContain('<pre><code class="language-python">x = 1');
    expect(html).toContain('id="diagram-1"');
    expect(html).toContain('id="diagram-2"');
  });

  it('passes the labels of the file’s language to the browser script', async () => {
    const tree = unified().use(remarkParse).parse('```mermaid\ngraph TD\nA-->B\n```') as Root;
    remarkMermaid({ sizes: {}, labels })(tree, {} as never);
    expect(JSON.stringify(tree)).toContain('"dataLabelZoom":"Zoom"');
  });
});
