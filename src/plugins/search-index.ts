import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * What Pagefind leaves out of the index inside the chapter text: formulas
 * (KaTeX writes each one twice more, as MathML and as HTML), diagram sources
 * (Mermaid syntax and, on Chinese pages, English node ids) and the "#" links
 * beside headings.
 */
export const SEARCH_EXCLUDE_SELECTORS = ['.katex', '.diagram-code', '.diagram-placeholder', '.anchor-link', '.expressive-code .copy'];

/**
 * Builds the Pagefind index after `astro build`, over the built pages. Only
 * elements marked `data-pagefind-body` (a chapter's title and text) are
 * indexed, one index per `<html lang>`. Any error fails the build.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE_SELECTORS });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
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
