import type { AstroIntegration } from 'astro';
import { isShallowClone } from './git-history';

/**
 * Says so in the build log when the repository is a shallow clone (as CI and
 * GitHub Pages checkouts are by default): every page's "last updated" date
 * would then be the date of the one commit the clone has.
 */
export function gitHistoryCheck(): AstroIntegration {
  return {
    name: 'git-history-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (isShallowClone()) {
          logger.warn(
            'This is a shallow git clone: "last updated" dates will all show the date of its latest commit. ' +
              'Fetch the full history first (git fetch --unshallow, or fetch-depth: 0 in actions/checkout).',
          );
        }
      },
    },
  };
}
