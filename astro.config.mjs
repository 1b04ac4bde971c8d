// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import rehypeExternalLinks from 'rehype-external-links';
import expressiveCode from 'astro-expressive-code';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import { defaultLocale, htmlLang, localeOfContentPath, locales } from './src/i18n/locales.ts';
import { ui } from './src/i18n/ui.ts';
import { readSiteConfig } from './src/site/node/site-config.ts';
import rehypeKatex from 'rehype-katex';
import { katexOptions, rehypeKatexErrors } from './src/math/node/katex.ts';
import { rehypeHeadingAnchors } from './src/authoring/node/heading-anchors.ts';
import { rehypeSections } from './src/chapters/node/rehype-sections.ts';
import { remarkPageFeatures } from './src/chapters/node/remark-page-features.ts';
import { katexWoff2Only } from './src/math/node/katex-woff2-only.ts';
import { diagramChunkList } from './src/diagrams/node/diagram-chunks.ts';
import { DIAGRAM_CHUNK_LIST } from './src/diagrams/shared/chunk-list.ts';
import { mermaidConfigCopy } from './src/diagrams/node/mermaid-config-copy.ts';
import { remarkMermaid } from './src/diagrams/node/remark-mermaid.ts';
import { remarkTabs } from './src/authoring/node/remark-tabs.ts';
import { remarkCallouts } from './src/authoring/node/remark-callouts.ts';
import { remarkFigures } from './src/authoring/node/remark-figures.ts';
import { remarkSmartPunctuation } from './src/authoring/node/smart-punctuation.ts';
import { remarkUserComponents } from './src/authoring/node/remark-user-components.ts';
import { rehypeFootnoteLabels } from './src/authoring/node/rehype-footnote-labels.ts';
import { rehypeTableScroll } from './src/authoring/node/rehype-table-scroll.ts';
import { USER_COMPONENTS } from './src/authoring/names.ts';
import { glossaryLinkTerms, readGlossary, remarkGlossaryLinks } from './src/glossary/node/remark-glossary-links.ts';
import { remarkApparatus } from './src/apparatus/node/remark-apparatus.ts';
import { apparatus } from './src/apparatus/node/apparatus-integration.ts';
import { rehypeSectionNumbers } from './src/apparatus/node/rehype-section-numbers.ts';
import { remarkChapterMarkdown } from './src/markdown/node/remark-chapter-markdown.ts';
import { remarkPreviewLinks } from './src/previews/node/remark-preview-links.ts';
import { glossaryMarkdown } from './src/glossary/node/glossary.ts';
import { searchIndex } from './src/search/node/search-index.ts';
import { gitHistoryCheck } from './src/chapters/node/git-history-check.ts';
import { staticHeaders } from './src/site/node/static-headers.ts';
import { offline } from './src/offline/node/offline.ts';
import { bookExport } from './src/export/node/export-integration.ts';
import { THEME_SCRIPT_HASH } from './src/site/node/theme-script.ts';
import diagramSizes from './src/diagrams/diagram-sizes.json' with { type: 'json' };

const { site, base } = readSiteConfig(process.env);
const contentDir = process.env.CONTENT_DIR ?? './content';

/** Interface strings inside chapters follow the chapter's language, read from its folder. */
const localeOf = (/** @type {import('vfile').VFile} */ file) => localeOfContentPath(file.path);
const anchorLabel = (/** @type {string} */ heading, /** @type {import('vfile').VFile} */ file) =>
  ui[localeOf(file)]['heading.anchor'].replace('{heading}', heading);
const calloutLabels = (/** @type {import('vfile').VFile} */ file) => {
  const t = ui[localeOf(file)];
  return { note: t['callout.note'], tip: t['callout.tip'], important: t['callout.important'], warning: t['callout.warning'], caution: t['callout.caution'] };
};
const footnoteLabels = (/** @type {import('vfile').VFile} */ file) => {
  const t = ui[localeOf(file)];
  return { title: t['footnotes.title'], back: (/** @type {string} */ n) => t['footnotes.back'].replace('{n}', n) };
};
const tableLabel = (/** @type {readonly string[]} */ headers, /** @type {import('vfile').VFile} */ file) =>
  ui[localeOf(file)]['table.label'].replace('{headers}', headers.join(localeOf(file) === 'zh' ? '、' : ', '));
const glossaryTerms = readGlossary(`${contentDir}/glossary.yaml`);
/** Chapters link the first use of each glossary term; the glossary itself does not. */
const glossaryLinks = {
  terms: glossaryLinkTerms(glossaryTerms),
  localeOf: (/** @type {import('vfile').VFile} */ file) => (/[\\/]glossary\.mdx$/.test(file.path) ? undefined : localeOf(file)),
  href: (/** @type {string} */ id) => `../glossary/#${id}`,
};
/** Numbers, cross-references and citations (src/apparatus): the chapters' labels and the one bibliography. */
const apparatusOptions = { contentDir, bibliography: `${contentDir}/references.bib`, localeOf };
/** Each chapter's Markdown for tools (src/markdown/node/markdown-routes.ts); the glossary chapter lists the terms. */
const chapterMarkdownOptions = {
  glossary: (/** @type {import('vfile').VFile} */ file) => glossaryMarkdown(glossaryTerms, localeOf(file)),
  apparatus: apparatusOptions,
};
const diagramLabels = (/** @type {import('vfile').VFile} */ file) => {
  const t = ui[localeOf(file)];
  return { source: t['diagram.source'], zoom: t['diagram.zoom'], close: t['diagram.close'], error: t['diagram.error'] };
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // OUT_DIR and ASTRO_CACHE_DIR let the build tests compile fixtures without touching the real build.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  env: {
    schema: {
      // The repository chapters are edited in, e.g. https://github.com/owner/repo; no edit links without it.
      REPO_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
      REPO_BRANCH: envField.string({ context: 'server', access: 'public', default: 'main' }),
      // off: no service worker; sw.js becomes one that removes an installed worker (docs/offline.md).
      OFFLINE: envField.enum({ context: 'server', access: 'public', values: ['on', 'off'], default: 'on' }),
    },
  },
  i18n: {
    defaultLocale,
    locales: [...locales],
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // Expressive Code highlights code blocks; Astro's own Shiki pass stays off.
    syntaxHighlight: false,
    processor: unified({
      // Typographic punctuation comes from remarkSmartPunctuation below, which hands
      // remark-smartypants only the blocks it can change.
      smartypants: false,
      // remarkPageFeatures counts the ```mermaid fences before remarkMermaid replaces them.
      remarkPlugins: [
        remarkSmartPunctuation,
        remarkMath,
        // Before the plugins below rewrite the tree: it cuts the Markdown from the source by position.
        [remarkChapterMarkdown, chapterMarkdownOptions],
        remarkPageFeatures,
        // Before figures and diagrams are made: it tells them their labels and numbers.
        [remarkApparatus, apparatusOptions],
        [remarkMermaid, { sizes: diagramSizes, labels: diagramLabels }],
        remarkTabs,
        [remarkUserComponents, { names: USER_COMPONENTS }],
        [remarkGlossaryLinks, glossaryLinks],
        [remarkCallouts, { labels: calloutLabels }],
        // Figures fill the text column (--content-width: 46rem) and the full width of a phone.
        [remarkFigures, { widths: [480, 736, 1104, 1472], sizes: '(min-width: 46rem) 46rem, 100vw' }],
        // Last: it looks for the links the plugins above make (glossary links, citations, cross-references).
        remarkPreviewLinks,
      ],
      // KaTeX comes last: its output (HTML and MathML for every formula) is most of a chapter's
      // tree, and the plugins before it need not walk through it.
      rehypePlugins: [
        [rehypeFootnoteLabels, { labels: footnoteLabels }],
        [rehypeTableScroll, { label: tableLabel }],
        rehypeHeadingIds,
        // After the ids, so that a section's number is not part of its anchor.
        rehypeSectionNumbers,
        [rehypeHeadingAnchors, { label: anchorLabel }],
        // Each ## and ### section in a wrapper the browser lays out only near the screen.
        rehypeSections,
        // Links to other sites get no window.opener and send no Referer.
        [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
        [rehypeKatex, katexOptions],
        // rehype-katex draws a formula it cannot render in red and goes on; the build stops instead.
        rehypeKatexErrors,
      ],
    }),
  },
  vite: {
    plugins: [
      katexWoff2Only(),
      // Mermaid copies its whole configuration for every node, edge and label: a third of drawing a flowchart.
      mermaidConfigCopy(),
      // What drawing a flowchart loads, listed for pages to fetch ahead while idle (src/diagrams/browser/diagrams.ts).
      diagramChunkList({ entry: /diagram-render\.ts$/, dynamic: [/^flowDiagram-/, /^dagre-/], fileName: DIAGRAM_CHUNK_LIST }),
    ],
    build: {
      // Fonts (KaTeX's smallest among them) stay files of the site, never data: URLs the CSP would refuse.
      assetsInlineLimit: 0,
      // Mermaid's core chunk (about 630 KB before gzip) is loaded lazily, only with a diagram.
      chunkSizeWarningLimit: 700,
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro marks compiled MDX with this directive on purpose; the bundler's notice about it is noise.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Scripts: 'self', Astro's hashes of the scripts it bundles, the hash of the inline theme
      // script (Astro does not hash is:inline scripts), and WebAssembly for Pagefind.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [THEME_SCRIPT_HASH] },
      // Styles: KaTeX and Expressive Code put style attributes on elements and Mermaid writes a
      // <style> into each SVG at run time, none of which can be hashed ahead of time.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  integrations: [
    // Expressive Code must come before mdx() so that it also handles MDX code blocks.
    expressiveCode(),
    // optimize: static parts of a chapter (KaTeX, code blocks) compile to HTML strings, not one JSX call per node.
    mdx({ optimize: true }),
    sitemap({
      i18n: { defaultLocale, locales: htmlLang },
      filter: (page) => !/\/(404|offline)\/?$/.test(page),
    }),
    // The book to take away: PDF and EPUB per language, made in Chromium from the built whole-book
    // pages (EXPORT=off: none; PDF_FORMAT=Letter). Before the search index and the offline lists,
    // which read the pages it writes the files' sizes into.
    bookExport(),
    // The whole-book pages repeat the chapters; search leads to the chapters themselves.
    searchIndex({ skip: /(^|\/)book\/index\.html$/ }),
    // After the search index: the service worker lists Pagefind's files.
    offline({ enabled: process.env.OFFLINE !== 'off' }),
    staticHeaders(),
    apparatus(apparatusOptions),
    gitHistoryCheck(),
  ],
});
