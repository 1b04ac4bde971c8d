import { describe, expect, it } from 'vitest';
import { chunkClosure, cssUrls, pagefindFiles, referencedFiles, type ClientChunk } from './offline-files';

describe('referencedFiles', () => {
  const html = `<link rel="stylesheet" href="/guide/_astro/a.css"><script type="module" src="/guide/_astro/b.js?v=1"></script>
    <img src="/guide/_astro/fig.480.webp" srcset="/guide/_astro/fig.480.webp 480w, /guide/_astro/fig.736.webp 736w">
    <a href="/guide/algorithms/">page</a> <a href="../glossary/#x">relative</a> <a href="https://example.org/x.js">other site</a>
    <link rel="icon" href="/guide/favicon.svg"> <a href="/other/x.css">outside the base</a> <a href="/guide/a&amp;b.png">x</a>`;
  it('lists the files of the site a page loads, not pages, other sites or relative links', () => {
    expect(referencedFiles(html, '/guide/').sort()).toEqual(
      ['_astro/a.css', '_astro/b.js', '_astro/fig.480.webp', '_astro/fig.736.webp', 'favicon.svg', 'a&b.png'].sort(),
    );
  });
  it('reads srcset candidates with their descriptors', () => {
    expect(referencedFiles('<img srcset="/x-1.webp 1x, /x-2.webp 2x">', '/').sort()).toEqual(['x-1.webp', 'x-2.webp']);
  });
});

describe('cssUrls', () => {
  it('resolves fonts named by absolute and relative URLs, under the base only', () => {
    const css = `@font-face{src:url(/guide/_astro/KaTeX_Main.woff2)format("woff2")}
      @font-face{src:url("./Inter.woff2")} .x{background:url('data:image/svg+xml,<svg/>')} .y{background:url(https://cdn.example/x.png)}
      .z{background:url(/elsewhere/y.png)}`;
    expect(cssUrls(css, '_astro/katex.css', '/guide/')).toEqual(['_astro/KaTeX_Main.woff2', '_astro/Inter.woff2']);
  });
});

describe('chunkClosure', () => {
  const chunk = (fileName: string, imports: string[] = [], ownDynamicImports: string[] = [], assets: string[] = []): [string, ClientChunk] => [
    fileName,
    { fileName, imports, ownDynamicImports, assets },
  ];
  const graph = new Map([
    chunk('page.js', ['shared.js'], ['search.js']),
    chunk('shared.js', ['page.js']),
    chunk('search.js', ['pagefind-ui.js'], [], ['ui.css']),
    chunk('pagefind-ui.js'),
    chunk('mermaid-optional.js'),
  ]);
  it('follows static imports, through cycles', () => {
    expect(chunkClosure(graph, ['page.js']).sort()).toEqual(['page.js', 'shared.js']);
  });
  it('with dynamic, also what our own code loads later, and the files it uses', () => {
    expect(chunkClosure(graph, ['page.js'], { dynamic: true }).sort()).toEqual(['page.js', 'pagefind-ui.js', 'search.js', 'shared.js', 'ui.css']);
  });
  it('keeps files that are not chunks (stylesheets, images) as they are', () => {
    expect(chunkClosure(graph, ['x.css'])).toEqual(['x.css']);
  });
});

describe('pagefindFiles', () => {
  const entry = { languages: { en: { hash: 'en_1', wasm: 'en' }, 'zh-cn': { hash: 'zh-cn_2', wasm: null } } };
  const files = [
    'pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'pagefind-highlight.js', 'pagefind-ui.js',
    'wasm.en.pagefind', 'wasm.unknown.pagefind', 'pagefind.en_1.pf_meta', 'pagefind.zh-cn_2.pf_meta',
    'index/en_a.pf_index', 'index/zh-cn_b.pf_index', 'fragment/en_c.pf_fragment', 'fragment/zh-cn_d.pf_fragment', 'filter/zh-cn_e.pf_filter',
  ];
  it("lists one language's index, with the WebAssembly it loads", () => {
    expect(pagefindFiles(entry, 'zh-cn', files)).toEqual([
      'pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'pagefind-highlight.js', 'wasm.unknown.pagefind', 'pagefind.zh-cn_2.pf_meta',
      'index/zh-cn_b.pf_index', 'fragment/zh-cn_d.pf_fragment', 'filter/zh-cn_e.pf_filter',
    ]);
    expect(pagefindFiles(entry, 'en', files)).toContain('wasm.en.pagefind');
  });
  it('fails on a language without an index, or a bundle missing a file', () => {
    expect(() => pagefindFiles(entry, 'fr', files)).toThrow(/no index for language "fr"/);
    expect(() => pagefindFiles(entry, 'en', files.filter((f) => f !== 'pagefind-worker.js'))).toThrow(/lacks pagefind-worker\.js/);
  });
});
