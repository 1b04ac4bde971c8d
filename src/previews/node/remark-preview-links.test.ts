import type { Link, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkGlossaryLinks } from '../../glossary/node/remark-glossary-links';
import { hasPreviewLinks, remarkPreviewLinks } from './remark-preview-links';

const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;

/** A paragraph holding one link with these hProperties classes. */
const withLink = (className: string[] | undefined): Root => {
  const link: Link = { type: 'link', url: '#x', data: { hProperties: { className } }, children: [{ type: 'text', value: 'x' }] };
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'See ' }, link] }] };
};

const previews = (tree: Root) => {
  const file = new VFile();
  remarkPreviewLinks()(tree, file);
  return (file.data as { astro: { frontmatter: { previews: unknown } } }).astro.frontmatter.previews;
};

describe('hasPreviewLinks', () => {
  it('finds a footnote reference', () => {
    expect(hasPreviewLinks(parse('Text.[^a]\n\n[^a]: A note.'))).toBe(true);
  });
  it('finds a link marked as a glossary link, a citation or a cross-reference', () => {
    expect(hasPreviewLinks(withLink(['glossary-link']))).toBe(true);
    expect(hasPreviewLinks(withLink(['citation']))).toBe(true);
    expect(hasPreviewLinks(withLink(['other', 'xref']))).toBe(true);
    // Typed as an array, but a plugin written in JavaScript may give a string.
    expect(hasPreviewLinks(withLink('other citation' as unknown as string[]))).toBe(true);
  });
  it('ignores plain links, links of other classes and a footnote definition nothing refers to', () => {
    expect(hasPreviewLinks(parse('A [link](../faq/#x) and <https://example.org>.\n\n[^a]: Unused.'))).toBe(false);
    expect(hasPreviewLinks(withLink(['external', 'xref-like']))).toBe(false);
    expect(hasPreviewLinks(withLink(undefined))).toBe(false);
  });
  it('sees the links remark-glossary-links makes', () => {
    const tree = parse('Attention is all you need.');
    remarkGlossaryLinks({ terms: [{ id: 'attention', names: { en: 'attention' } }], localeOf: () => 'en', href: (id) => `../glossary/#${id}` })(tree, new VFile());
    expect(hasPreviewLinks(tree)).toBe(true);
  });
});

describe('remarkPreviewLinks', () => {
  it('puts the answer into the frontmatter Astro hands to the layout', () => {
    expect(previews(parse('Text.[^a]\n\n[^a]: A note.'))).toBe(true);
    expect(previews(parse('Just text.'))).toBe(false);
  });
});
