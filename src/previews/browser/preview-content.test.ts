// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPreview, renameSvgIds, resolveUrls } from './preview-content';

/** A page body, parsed as the browser parses a fetched page. */
const page = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
const html = (fragment: DocumentFragment | undefined) => {
  const div = document.createElement('div');
  if (fragment) div.append(fragment);
  return div.innerHTML.replace(/\s+/g, ' ').trim();
};
const previewOf = (markup: string, id: string) => html(extractPreview(page(markup).getElementById(id)!));

describe('extractPreview', () => {
  it('shows a footnote without its back-link, with its links out of the tab order and no ids', () => {
    const out = previewOf(
      '<section data-footnotes><ol><li id="user-content-fn-a"><p id="p1">Vaswani et al., <a href="https://arxiv.org/abs/1706.03762">arXiv</a>. <a href="#user-content-fnref-a" data-footnote-backref aria-label="Back">↩</a></p></li></ol></section>',
      'user-content-fn-a',
    );
    expect(out).toBe('<p>Vaswani et al., <a href="https://arxiv.org/abs/1706.03762" tabindex="-1">arXiv</a>. </p>');
  });

  it('shows a citation entry of ol.references', () => {
    expect(previewOf('<ol class="references"><li id="ref-vaswani2017">Vaswani, A. et al. (2017). <em>Attention Is All You Need</em>.</li></ol>', 'ref-vaswani2017')).toBe(
      'Vaswani, A. et al. (2017). <em>Attention Is All You Need</em>.',
    );
  });

  it('shows a glossary term, its other name and its definition, not where it is introduced', () => {
    const out = previewOf(
      `<div class="glossary-term"><div class="heading-wrapper level-h3"><h3 id="self-attention"><dfn>self-attention</dfn> <span class="glossary-other" lang="zh-CN">自注意力</span></h3><a class="anchor-link" href="#self-attention">#</a></div>
       <p>Each element of a sequence weighs every other.</p><p class="glossary-chapter">Introduced in <a href="../algorithms/">Algorithms</a></p></div>`,
      'self-attention',
    );
    expect(out).toBe('<p class="preview-title"><dfn>self-attention</dfn> <span class="glossary-other" lang="zh-CN">自注意力</span></p><p>Each element of a sequence weighs every other.</p>');
  });

  it('shows a section heading as a paragraph (no heading joins the outline) and the first paragraph after it', () => {
    const markup = `<div class="chapter-section level-2"><div class="heading-wrapper level-h2"><h2 id="sec-training">Training <code>fit()</code></h2><a class="anchor-link" href="#sec-training">#</a></div>
      <ul><li>not this</li></ul><p>The first paragraph.</p><p>Not the second.</p></div>
      <h3 id="sec-empty">Empty</h3><h3 id="sec-next">Next</h3><p>After.</p>`;
    expect(previewOf(markup, 'sec-training')).toBe('<p class="preview-title">Training <code>fit()</code></p><p>The first paragraph.</p>');
    expect(previewOf(markup, 'sec-empty')).toBe('<p class="preview-title">Empty</p>');
  });

  it('shows a table’s caption only', () => {
    expect(previewOf('<figure id="tbl-costs"><figcaption>Costs per model</figcaption><section class="table-scroll" tabindex="0"><table><tr><td>1</td></tr></table></section></figure>', 'tbl-costs')).toBe(
      '<p class="preview-title">Costs per model</p>',
    );
  });

  it('shows a figure with its image and caption, and an equation as it is rendered', () => {
    expect(previewOf('<figure class="figure" id="fig-loop"><img src="loop.webp" alt="The loop"><figcaption>The loop</figcaption></figure>', 'fig-loop')).toBe(
      '<figure class="figure"><img src="loop.webp" alt="The loop"><figcaption>The loop</figcaption></figure>',
    );
    expect(previewOf('<div class="equation" id="eq-softmax"><span class="katex-display"><span class="katex">x</span></span></div>', 'eq-softmax')).toBe(
      '<div class="equation"><span class="katex-display"><span class="katex">x</span></span></div>',
    );
  });

  it('shows a diagram’s drawing once drawn, never its source or tools; before that its caption', () => {
    const figure = (drawn: string) =>
      `<figure class="diagram" id="fig-flow"><figcaption class="diagram-title">The flow</figcaption><div class="diagram-canvas"><div class="diagram-stage"><svg class="diagram-placeholder"></svg>${drawn}</div><pre class="diagram-code" id="fig-flow-source" tabindex="0">flowchart LR</pre></div><div class="diagram-tools"><button>Zoom</button></div></figure>`;
    expect(previewOf(figure(''), 'fig-flow')).toBe('<figure class="figure preview-diagram"><figcaption class="diagram-title">The flow</figcaption></figure>');
    const drawn = previewOf(figure('<svg class="diagram-svg" id="m1"><path marker-end="url(#m1_arrow)"></path><marker id="m1_arrow"></marker></svg>'), 'fig-flow');
    expect(drawn).toContain('<svg class="diagram-svg" id="preview-m1">');
    expect(drawn).toContain('marker-end="url(#preview-m1_arrow)"');
    expect(drawn).not.toContain('flowchart');
  });

  it('has nothing to show for an empty target', () => {
    expect(extractPreview(page('<p id="x"> </p>').getElementById('x')!)).toBeUndefined();
  });
});

describe('renameSvgIds', () => {
  it('renames ids and follows them in references, ARIA and the drawing’s own styles', () => {
    // Built node by node: happy-dom's parser drops <style> and <use> inside an SVG.
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.id = 'd1';
    svg.setAttribute('aria-labelledby', 'd1-title');
    const title = document.createElementNS(ns, 'title');
    title.id = 'd1-title';
    const style = document.createElementNS(ns, 'style');
    style.textContent = '#d1 .node{fill:red} #d10{x:y}';
    const use = document.createElementNS(ns, 'use');
    use.setAttribute('href', '#d1-title');
    svg.append(title, style, use);
    renameSvgIds(svg, 'p-');
    expect(svg.id).toBe('p-d1');
    expect(svg.getAttribute('aria-labelledby')).toBe('p-d1-title');
    expect(svg.querySelector('style')!.textContent).toBe('#p-d1 .node{fill:red} #d10{x:y}');
    expect(svg.querySelector('use')!.getAttribute('href')).toBe('#p-d1-title');
  });
});

describe('resolveUrls', () => {
  it('resolves links, images and srcsets against the fetched page, but not an SVG’s own fragments', () => {
    const doc = page('<div><a href="../algorithms/#x">a</a><img src="i.webp" srcset="i.webp 480w, j.webp 736w"><svg><use href="#m"></use></svg></div>');
    const root = doc.querySelector('div')!;
    resolveUrls(root, 'https://book.test/en/glossary/');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('https://book.test/en/algorithms/#x');
    expect(root.querySelector('img')!.getAttribute('src')).toBe('https://book.test/en/glossary/i.webp');
    expect(root.querySelector('img')!.getAttribute('srcset')).toBe('https://book.test/en/glossary/i.webp 480w, https://book.test/en/glossary/j.webp 736w');
    expect(root.querySelector('use')!.getAttribute('href')).toBe('#m');
  });
});
