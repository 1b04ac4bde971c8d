import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from './link-check';
import { ROOT } from '../../scripts/lib/mdx';

describe('findBrokenLinks', () => {
  it('names the page and the link of every broken link or anchor, and nothing else', () => {
    expect(findBrokenLinks(path.join(ROOT, 'tests/fixtures/site-broken'))).toEqual([
      { page: '/', link: '/missing/', reason: 'no such file' },
      { page: '/', link: '/en/a/#nowhere', reason: 'no element with id "nowhere"' },
      { page: '/', link: '/style.css', reason: 'no such file' },
    ]);
  });

  it('reports links that leave the base path', () => {
    const broken = findBrokenLinks(path.join(ROOT, 'tests/fixtures/site-broken'), '/guide/');
    expect(broken.every((b) => b.reason === 'outside the base path /guide/' || b.reason === 'no such file')).toBe(true);
    expect(broken.some((b) => b.link === '/en/a/')).toBe(true);
  });
});
