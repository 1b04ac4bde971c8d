import { describe, expect, it } from 'vitest';
import { rewriteBookAnchors } from './book-anchors';

const page = (body: string) => `<!doctype html><html><head><title>Book</title></head><body>${body}</body></html>`;
const chapterPath = (slug: string) => `/guide/en/${slug}/`;

describe('rewriteBookAnchors', () => {
  const html = rewriteBookAnchors(
    page(
      '<nav><a href="#faq">FAQ</a><a href="/guide/en/faq/">FAQ page</a></nav>' +
        '<section id="concepts" data-book-chapter="concepts"><h2 id="summary">Summary</h2><a href="#summary">#</a>' +
        '<a href="../faq/#install">install</a><a href="/guide/en/faq/">faq</a><a href="https://example.org/faq/">out</a>' +
        '<figure id="diagram-1"><pre id="diagram-1-source"></pre><button aria-controls="diagram-1-source">x</button></figure></section>' +
        '<section id="faq" data-book-chapter="faq"><h2 id="summary">Summary</h2><h3 id="install">Install</h3></section>',
    ),
    '/guide/en/book/',
    chapterPath,
  );

  it('prefixes ids inside each chapter so that equal headings no longer collide', () => {
    expect(html).toContain('<h2 id="concepts--summary">');
    expect(html).toContain('<h2 id="faq--summary">');
    expect(html).toContain('<figure id="concepts--diagram-1"><pre id="concepts--diagram-1-source">');
    expect(html).toContain('aria-controls="concepts--diagram-1-source"');
  });

  it('keeps the chapter sections’ own ids, and leaves everything outside them alone', () => {
    expect(html).toContain('<section id="concepts" data-book-chapter="concepts">');
    expect(html).toContain('<nav><a href="#faq">FAQ</a><a href="/guide/en/faq/">FAQ page</a></nav>');
  });

  it('points links within and between chapters inside the page, and leaves other sites alone', () => {
    expect(html).toContain('<a href="#concepts--summary">#</a>');
    expect(html).toContain('<a href="#faq--install">install</a>');
    expect(html).toContain('<a href="#faq">faq</a>');
    expect(html).toContain('<a href="https://example.org/faq/">out</a>');
  });
});
