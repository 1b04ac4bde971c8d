// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import expressiveCode from 'astro-expressive-code';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { defaultLocale, localeOfContentPath, locales } from './src/i18n/locales.ts';
import { ui } from './src/i18n/ui.ts';
import { readSiteConfig } from './src/utils/site-config.ts';
import { rehypeKatexErrors } from './src/plugins/rehype-katex-errors.ts';
import { rehypeHeadingAnchors } from './src/plugins/rehype-heading-anchors.ts';
import { remarkPageFeatures } from './src/plugins/remark-page-features.ts';
import { katexWoff2Only } from './src/plugins/katex-woff2-only.ts';
import { remarkMermaid } from './src/plugins/remark-mermaid.ts';
import { searchIndex } from './src/plugins/search-index.ts';
import diagramSizes from './src/data/diagram-sizes.json' with { type: 'json' };

const { site, base } = readSiteConfig(process.env);

/** Interface strings inside chapters follow the chapter's language, read from its folder. */
const localeOf = (/** @type {import('vfile').VFile} */ file) => localeOfContentPath(file.path);
const anchorLabel = (/** @type {string} */ heading, /** @type {import('vfile').VFile} */ file) =>
  ui[localeOf(file)]['heading.anchor'].replace('{heading}', heading);
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
  i18n: {
    defaultLocale,
    locales: [...locales],
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    processor: unified({
      // remarkPageFeatures counts the ```mermaid fences before remarkMermaid replaces them.
      remarkPlugins: [remarkMath, remarkPageFeatures, [remarkMermaid, { sizes: diagramSizes, labels: diagramLabels }]],
      rehypePlugins: [
        // strict: 'error' makes Unicode text in math mode an error instead of a silent warning.
        [rehypeKatex, { strict: 'error', output: 'htmlAndMathml' }],
        rehypeKatexErrors,
        rehypeHeadingIds,
        [rehypeHeadingAnchors, { label: anchorLabel }],
      ],
    }),
  },
  vite: {
    plugins: [katexWoff2Only()],
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro marks compiled MDX with this directive on purpose; the bundler's notice about it is noise.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // Expressive Code must come before mdx() so that it also handles MDX code blocks.
    expressiveCode(),
    mdx(),
    searchIndex(),
  ],
});
