import { describe, expect, it } from 'vitest';
import { rewriteChapterAnchors } from './book-anchors';

const chapterSlugs = new Map([
  ['/guide/en/concepts/', 'concepts'],
  ['/guide/en/faq/', 'faq'],
]);
const rewrite = (html: string, slug = 'concepts') => rewriteChapterAnchors(html, { slug, pagePath: '/guide/en/book/', chapterSlugs });

describe('rewriteChapterAnchors', () => {
  it('prefixes every id of the chapter, and every reference to one, so that equal ids in two chapters no longer collide', () => {
    expect(rewrite('<p id="summary">Summary</p>')).toBe('<p id="concepts--summary">Summary</p>');
    expect(rewrite('<p id="summary">Summary</p>', 'faq')).toBe('<p id="faq--summary">Summary</p>');
    expect(rewrite('<figure id="diagram-1"><pre id="diagram-1-source"></pre><button aria-controls="diagram-1-source">x</button></figure>')).toBe(
      '<figure id="concepts--diagram-1"><pre id="concepts--diagram-1-source"></pre><button aria-controls="concepts--diagram-1-source">x</button></figure>',
    );
    expect(rewrite('<div role="tabpanel" aria-labelledby="tabs-1-tab-0 x"><label for="f">')).toBe(
      '<div role="tabpanel" aria-labelledby="concepts--tabs-1-tab-0 concepts--x"><label for="concepts--f">',
    );
  });

  it('puts each section heading one level deeper, under the chapter, keeping its tag', () => {
    expect(rewrite('<h2 id="summary">Summary</h2>')).toBe('<h2 id="concepts--summary" aria-level="3">Summary</h2>');
    expect(rewrite('<h3>Detail</h3><h6 class="x">Deep</h6>')).toBe('<h3 aria-level="4">Detail</h3><h6 class="x" aria-level="7">Deep</h6>');
    expect(rewrite('<header id="h"><hr>')).toBe('<header id="concepts--h"><hr>');
  });

  it('points links within and between chapters inside the page, and leaves other links alone', () => {
    expect(rewrite('<a href="#summary">#</a>')).toBe('<a href="#concepts--summary">#</a>');
    expect(rewrite('<a href="../faq/#install">install</a>')).toBe('<a href="#faq--install">install</a>');
    expect(rewrite('<a class="x" href="/guide/en/faq/">faq</a>')).toBe('<a class="x" href="#faq">faq</a>');
    expect(rewrite('<a href="../faq/#%E5%AE%89%E8%A3%85">安装</a>')).toBe('<a href="#faq--安装">安装</a>');
    for (const other of ['<a href="https://example.org/faq/">out</a>', '<a href="../errata/">not in the book</a>', '<a href="mailto:x@y.z">m</a>', '<link href="#x">']) {
      expect(rewrite(other)).toBe(other);
    }
  });

  it('reads start tags only: markup shown as text, and attribute values holding > or quotes, stay intact', () => {
    const code = '<pre class="diagram-code">A --&gt; B\n&lt;a href="#x" id="y"></pre>';
    expect(rewrite(code)).toBe(code);
    expect(rewrite('<a title="a > b" href="#s" data-x=\'1\'>x</a><br/><img alt="" id=bare>')).toBe(
      '<a title="a > b" href="#concepts--s" data-x=\'1\'>x</a><br/><img alt="" id="concepts--bare">',
    );
  });
});
