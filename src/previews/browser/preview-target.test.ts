import { describe, expect, it } from 'vitest';
import { placePopover, resolveSrcset, resolveTarget, resolveUrl } from './preview-target';

const page = 'https://book.test/en/algorithms/';

describe('resolveTarget', () => {
  it('finds a target on this page', () => {
    expect(resolveTarget('#user-content-fn-vaswani2017', page)).toEqual({ page: undefined, id: 'user-content-fn-vaswani2017' });
    expect(resolveTarget('https://book.test/en/algorithms/#ref-a', `${page}#top`)).toEqual({ page: undefined, id: 'ref-a' });
  });
  it('finds a target on another page of the site, relative to this one, with its id decoded', () => {
    expect(resolveTarget('../glossary/#self-attention', page)).toEqual({ page: 'https://book.test/en/glossary/', id: 'self-attention' });
    expect(resolveTarget('/concepts/#%E6%B3%A8%E6%84%8F%E5%8A%9B', page)).toEqual({ page: 'https://book.test/concepts/', id: '注意力' });
    expect(resolveTarget('../practice/#fig-loop', 'https://x.test/guide/en/algorithms/')).toEqual({ page: 'https://x.test/guide/en/practice/', id: 'fig-loop' });
  });
  it('has nothing for links without a fragment, to other sites, or that do not parse', () => {
    expect(resolveTarget('../glossary/', page)).toBeUndefined();
    expect(resolveTarget('#', page)).toBeUndefined();
    expect(resolveTarget('https://example.org/#x', page)).toBeUndefined();
    expect(resolveTarget('http://[bad/#x', page)).toBeUndefined();
  });
});

describe('resolving URLs of a fetched page', () => {
  const base = 'https://book.test/en/glossary/';
  it('resolves links and sources against the page they came from', () => {
    expect(resolveUrl('../algorithms/#x', base)).toBe('https://book.test/en/algorithms/#x');
    expect(resolveUrl('#term', base)).toBe('https://book.test/en/glossary/#term');
    expect(resolveUrl('https://arxiv.org/abs/1', base)).toBe('https://arxiv.org/abs/1');
  });
  it('resolves every candidate of a srcset and keeps its descriptor', () => {
    expect(resolveSrcset('a.webp 480w, /_astro/b.webp 736w', base)).toBe('https://book.test/en/glossary/a.webp 480w, https://book.test/_astro/b.webp 736w');
    expect(resolveSrcset('x.png', base)).toBe('https://book.test/en/glossary/x.png');
  });
});

describe('placePopover', () => {
  const viewport = { width: 800, height: 600 };
  it('goes below the link when it fits there', () => {
    expect(placePopover({ top: 100, bottom: 120, left: 50 }, { width: 300, height: 200 }, viewport)).toEqual({ top: 126, left: 50, maxHeight: 466, side: 'below' });
  });
  it('goes above when there is more room above, and is no taller than that room', () => {
    const place = placePopover({ top: 500, bottom: 520, left: 50 }, { width: 300, height: 200 }, viewport);
    expect(place).toEqual({ top: 294, left: 50, maxHeight: 486, side: 'above' });
    const tall = placePopover({ top: 300, bottom: 320, left: 50 }, { width: 300, height: 900 }, viewport);
    expect(tall.side).toBe('above');
    expect(tall.top).toBe(8);
    expect(tall.maxHeight).toBe(286);
  });
  it('stays inside the viewport sideways', () => {
    expect(placePopover({ top: 100, bottom: 120, left: 700 }, { width: 300, height: 100 }, viewport).left).toBe(492);
    expect(placePopover({ top: 100, bottom: 120, left: -20 }, { width: 300, height: 100 }, viewport).left).toBe(8);
  });
});
