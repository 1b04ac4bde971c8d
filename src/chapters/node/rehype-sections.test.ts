import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { createProcessor } from '@mdx-js/mdx';
import rehypeKatex from 'rehype-katex';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { estimateHeight, rehypeSections } from './rehype-sections';

const render = async (markdown: string) =>
  String(await unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkRehype).use(rehypeSections).use(rehypeStringify).process(markdown));

const p = (text: string): Element => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] });

describe('rehypeSections', () => {
  it('wraps each ## section and each ### within it, and leaves the text before the first heading alone', async () => {
    const html = await render('Intro.\n\n## One\n\nA.\n\n### One.1\n\nB.\n\n### One.2\n\n## Two\n\nC.');
    expect(html.replace(/ style="[^"]*"/g, '')).toBe(
      '<p>Intro.</p>\n<div class="chapter-section level-2"><h2>One</h2>\n<p>A.</p>\n' +
        '<div class="chapter-section level-3"><h3>One.1</h3>\n<p>B.</p>\n</div>' +
        '<div class="chapter-section level-3"><h3>One.2</h3>\n</div></div>' +
        '<div class="chapter-section level-2"><h2>Two</h2>\n<p>C.</p></div>',
    );
  });

  it('starts a section at a heading wrapped with its anchor link', () => {
    const wrapper: Element = { type: 'element', tagName: 'div', properties: { className: ['heading-wrapper', 'level-h2'] }, children: [] };
    const tree: Root = { type: 'root', children: [p('a'), wrapper, p('b')] };
    rehypeSections()(tree);
    expect(tree.children.map((c) => (c as Element).tagName)).toEqual(['p', 'div']);
    expect((tree.children[1] as Element).properties.className).toEqual(['chapter-section', 'level-2']);
    expect((tree.children[1] as Element).children).toEqual([wrapper, p('b')]);
  });

  it('keeps GFM footnotes and MDX imports outside the sections', async () => {
    const html = await render('## One\n\nText.[^1]\n\n[^1]: A note.');
    expect(html).toMatch(/<\/div>\s*<section data-footnotes class="footnotes">/);
    const esm = { type: 'mdxjsEsm', value: 'export const x = 1' } as unknown as Root['children'][number];
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'h2', properties: {}, children: [] }, esm, p('b')] };
    rehypeSections()(tree);
    expect(tree.children[1]).toBe(esm);
  });

  it('holds static content only: a section is cut around an image or a component, which stays between the pieces', async () => {
    // Astro's MDX compiler makes images components; a wrapper holding one would keep the
    // static HTML before it from being compiled to a string.
    const html = await render('## One\n\nA.\n\n![x](./x.png)\n\nB.\n\n### One.1\n\nC.\n\n## Two\n\nD.');
    expect(html.replace(/ style="[^"]*"/g, '')).toBe(
      '<div class="chapter-section level-2"><h2>One</h2>\n<p>A.</p>\n</div><p><img src="./x.png" alt="x"></p>' +
        '<div class="chapter-section continued">\n<p>B.</p>\n<div class="chapter-section level-3"><h3>One.1</h3>\n<p>C.</p>\n</div></div>' +
        '<div class="chapter-section level-2"><h2>Two</h2>\n<p>D.</p></div>',
    );
    const component = { type: 'mdxJsxFlowElement', name: 'Tabs', attributes: [], children: [] } as unknown as Element;
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'h2', properties: {}, children: [] }, component] };
    rehypeSections()(tree);
    expect(tree.children[1]).toBe(component);
  });

  it('leaves Astro’s MDX compiler free to turn every static part into a string, components and all', async () => {
    // Formulas before and after a component, in one section: none of KaTeX's spans may become JSX.
    const source = '## One\n\n$$x^2$$\n\n<Chart />\n\n$$y^2$$\n\n### Two\n\n$$z^2$$\n';
    // The plugin Astro's MDX compiler ends with (optimize: true); the package does not export it.
    const optimizer = path.resolve('node_modules/@astrojs/markdown-remark/dist/mdx/rehype-optimize-static.js');
    const { rehypeOptimizeStatic } = (await import(pathToFileURL(optimizer).href)) as { rehypeOptimizeStatic: unknown };
    const compile = (plugins: unknown[]) =>
      createProcessor({ jsxImportSource: 'astro', remarkPlugins: [remarkMath], rehypePlugins: [...plugins, rehypeKatex, rehypeOptimizeStatic] as never }).process(source);
    const jsxCalls = (code: unknown) => String(code).match(/_jsxs?\(/g)?.length ?? 0;
    expect(jsxCalls(await compile([rehypeSections]))).toBe(jsxCalls(await compile([])));
  });

  it('gives each section its estimated height, taller on a phone than in a wide column', async () => {
    const html = await render(`## One\n\n${'word '.repeat(400)}\n\n## Two\n\nShort.`);
    const [one, two] = [...html.matchAll(/--section-height-wide:(\d+)px;--section-height-narrow:(\d+)px/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(one![1]).toBeGreaterThan(one![0]);
    expect(one![0]).toBeGreaterThan(two![0]);
  });
});

describe('estimateHeight', () => {
  it('counts lines of text at each width, CJK characters twice as wide', () => {
    // 92 Latin characters fill one wide line (736 px) and 3 phone lines (340 px).
    expect(estimateHeight([p('x'.repeat(92))])).toEqual({ wide: 27 + 16, narrow: 3 * 27 + 16 });
    expect(estimateHeight([p('字'.repeat(46))])).toEqual({ wide: 27 + 16, narrow: 3 * 27 + 16 });
  });

  it('counts code lines, display formulas, table rows and scales a diagram to the column', () => {
    const code: Element = { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: 'a\nb\nc' }] };
    const math: Element = { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: { className: ['language-math', 'math-display'] }, children: [] }] };
    const row: Element = { type: 'element', tagName: 'tr', properties: {}, children: [] };
    const svg: Element = { type: 'element', tagName: 'svg', properties: { width: '1472', height: '400' }, children: [] };
    const diagram: Element = { type: 'element', tagName: 'figure', properties: { className: ['diagram'] }, children: [svg] };
    expect(estimateHeight([code])).toEqual({ wide: 48 + 3 * 22, narrow: 48 + 3 * 22 });
    expect(estimateHeight([math, row, row])).toEqual({ wide: 70 + 88, narrow: 70 + 88 });
    expect(estimateHeight([diagram])).toEqual({ wide: 200 + 80, narrow: Math.round((400 * 340) / 1472 + 80) });
  });
});
