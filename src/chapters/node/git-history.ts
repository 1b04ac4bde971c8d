import { execFileSync } from 'node:child_process';

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The date (YYYY-MM-DD) of the last commit that touched each file under
 * `folder`, keyed by its path relative to the working directory, from a
 * single `git log` (newest commit first, so a file's first mention is its
 * last change). Empty outside a git checkout.
 */
export function lastCommitDates(folder: string): Map<string, string> {
  const dates = new Map<string, string>();
  const log = git(['log', '--format=%x00%cs', '--name-only', '--relative', '--', folder]);
  if (!log) return dates;
  for (const commit of log.split('\0')) {
    const [date = '', ...files] = commit.split('\n').map((line) => line.trim());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

let cached: Map<string, string> | undefined;

/**
 * The date of the last commit that touched a chapter file, or undefined if
 * none did. The whole history of content/ is read once per build: one git
 * process instead of one per page.
 */
export function lastCommitDate(file: string): string | undefined {
  cached ??= lastCommitDates('content');
  return cached.get(file);
}

/** True in a shallow clone, where "last commit" dates are those of the clone's only commit. */
export function isShallowClone(): boolean {
  return git(['rev-parse', '--is-shallow-repository']) === 'true';
}
