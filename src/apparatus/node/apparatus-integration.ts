import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { loadBibliography } from './bibliography';
import { bookIndex } from './book-index';

export interface ApparatusIntegrationOptions {
  contentDir: string;
  bibliography: string;
}

/**
 * Before the chapters compile: makes the book's index of labels (so a label
 * problem stops the build at once, naming file and line) and lists the
 * entries of the bibliography that no chapter cites.
 */
export function apparatus({ contentDir, bibliography }: ApparatusIntegrationOptions): AstroIntegration {
  return {
    name: 'apparatus',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const index = bookIndex(contentDir);
        // A book may cite nothing; then it needs no bibliography.
        if (!existsSync(bibliography)) {
          if (index.cited.size > 0) throw new Error(`${bibliography}: not found, but the chapters cite ${[...index.cited].join(', ')}`);
          return;
        }
        const entries = loadBibliography(bibliography);
        const uncited = [...entries.keys].filter((key) => !index.cited.has(key));
        if (uncited.length === 0) logger.info(`all ${entries.keys.size} entries of ${bibliography} are cited`);
        else logger.warn(`${uncited.length} of ${entries.keys.size} entries in ${bibliography} are cited by no chapter: ${uncited.map((key) => `${key} (line ${entries.line(key)})`).join(', ')}`);
      },
    },
  };
}
