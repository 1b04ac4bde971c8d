import { describe, expect, it } from 'vitest';
import { buildToc } from './toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: ` ${slug} ` });

describe('buildToc', () => {
  it('nests h3 under the h2 before it and skips other levels', () => {
    const toc = buildToc([h(1, 'title'), h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(3, 'a2'), h(2, 'b')]);
    expect(toc).toEqual([
      {
        slug: 'a',
        text: 'a',
        depth: 2,
        children: [
          { slug: 'a1', text: 'a1', depth: 3, children: [] },
          { slug: 'a2', text: 'a2', depth: 3, children: [] },
        ],
      },
      { slug: 'b', text: 'b', depth: 2, children: [] },
    ]);
  });
  it('keeps an h3 that comes before any h2', () => {
    expect(buildToc([h(3, 'x'), h(2, 'y')]).map((i) => i.slug)).toEqual(['x', 'y']);
  });
  it('is empty for a page without sections', () => {
    expect(buildToc([h(1, 'only')])).toEqual([]);
  });
});
