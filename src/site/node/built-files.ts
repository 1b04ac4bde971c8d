import { globSync } from 'node:fs';
import path from 'node:path';

/**
 * Files of a built site that match `pattern` (a glob, such as `**\/*.html`),
 * as sorted '/'-separated paths relative to `dir`, leaving out what matches
 * `exclude` (such as `pagefind/**`). Paths are the site's URLs, whatever the
 * platform's separator.
 */
export function builtFiles(dir: string, pattern: string, exclude: readonly string[] = []): string[] {
  return globSync(pattern, { cwd: dir, exclude: [...exclude], withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
