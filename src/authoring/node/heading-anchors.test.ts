import type { Root } from 'hast';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingAnchors } from './heading-anchors';

const render = async (md: string, depths?: number[]) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeHeadingIds)
      .use(rehypeHeadingAnchors, { label: (text: string) => `Link to ${text}`, ...(depths ? { depths } : {}) })
      .use(rehypeStringify)
      .process(md),
  );

describe('rehypeHeadingAnchors', () => {
  it('wraps h2 and h3 with a link to their id, labelled for screen readers', async () => {
    const html = await render('## Getting started\n\n### 安装 Python');
    expect(html).toContain(
      '<div class="heading-wrapper level-h2"><h2 id="getting-started">Getting started</h2><a class="anchor-link" href="#getting-started"><span aria-hidden="true" class="anchor-icon">#</span><span class="sr-only">Link to Getting started</span></a></div>',
    );
    expect(html).toContain('<h3 id="安装-python">安装 Python</h3><a class="anchor-link" href="#安装-python">');
  });

  it('leaves h1, other chosen depths and headings without an id alone', async () => {
    const html = await render('# Title\n\n#### Deep', [2]);
    expect(html).not.toContain('anchor-link');
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'h2', properties: {}, children: [] }] };
    rehypeHeadingAnchors({ label: () => 'x' })(tree, {} as never);
    expect(tree.children[0]).toMatchObject({ tagName: 'h2' });
  });
});
