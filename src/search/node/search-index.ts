import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { builtFiles } from '../../site/node/built-files';

/**
 * What Pagefind leaves out of the index inside the chapter text: formulas
 * (KaTeX writes each one twice more, as MathML and as HTML), diagram sources
 * (Mermaid syntax and, on Chinese pages, English node ids) and the "#" links
 * beside headings.
 */
export const SEARCH_EXCLUDE_SELECTORS = ['.katex', '.diagram-code', '.diagram-placeholder', '.anchor-link', '.expressive-code .copy'];

export interface SearchIndexOptions {
  /**
   * Built pages Pagefind need not read, by path inside the site (`en/book/index.html`).
   * The whole-book pages hold no `data-pagefind-body` but are as large as all the
   * chapters together: reading them was a third of the indexing time.
   */
  skip?: RegExp;
}

/**
 * Builds the Pagefind index after `astro build`, over the built pages. Only
 * elements marked `data-pagefind-body` (a chapter's title and text) are
 * indexed, one index per `<html lang>`. Any error fails the build.
 */
export function searchIndex({ skip }: SearchIndexOptions = {}): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE_SELECTORS });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site, glob: pagesGlob(site, skip) });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${site}`);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** A Pagefind glob that lists every HTML page of the site but those `skip` matches. */
export function pagesGlob(site: string, skip?: RegExp): string {
  if (!skip) return '**/*.html';
  const pages = builtFiles(site, '**/*.html', ['pagefind/**'])
    .filter((page) => !skip.test(page));
  // Pagefind's globs (the wax crate) take a backslash before any character that would otherwise be syntax.
  return `{${pages.map((page) => page.replace(/[\\{}[\]()<>*?!,:$]/g, '\\$&')).join(',')}}`;
}
