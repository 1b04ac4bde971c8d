import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../tests/support/markdown';
import { remarkFigures } from './remark-figures';

const render = (md: string) =>
  renderMarkdown(md, { remark: [[remarkFigures, { widths: [480, 960], sizes: '100vw' }]], path: 'content/en/a.mdx' });

describe('remarkFigures', () => {
  it('makes an image alone in its paragraph a figure, its title the caption, with responsive widths', async () => {
    const html = await render('Text.\n\n![A descent path](./images/x.png "How the path falls")\n');
    expect(html).toContain(
      '<figure class="figure"><img src="./images/x.png" alt="A descent path" widths="480 960" sizes="100vw"><figcaption>How the path falls</figcaption></figure>',
    );
    expect(html).not.toContain('title=');
  });

  it('makes an image without a title a figure without caption', async () => {
    expect(await render('![Alt](./x.png)')).toBe('<figure class="figure"><img src="./x.png" alt="Alt" widths="480 960" sizes="100vw"></figure>');
  });

  it('leaves inline images in their paragraph and remote or public images without widths', async () => {
    const html = await render('See ![icon](https://example.org/i.png) here.\n\n![Logo](/logo.png)');
    expect(html).toContain('<p>See <img src="https://example.org/i.png" alt="icon"> here.</p>');
    expect(html).toContain('<figure class="figure"><img src="/logo.png" alt="Logo"></figure>');
  });

  it('stops on an image without alt text, naming the file and line', async () => {
    for (const md of ['Intro.\n\n![](./images/x.png)', 'Intro.\n\n![  ](./images/x.png "Caption")']) {
      const error = String(await render(md).catch((e: unknown) => e));
      expect(error).toContain('content/en/a.mdx:3:1');
      expect(error).toContain('Image "./images/x.png" has no alt text');
    }
  });
});
