import { execFileSync } from 'node:child_process';

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The date (YYYY-MM-DD) of the last commit that touched a file, or undefined if none did. */
export function lastCommitDate(file: string): string | undefined {
  const date = git(['log', '-1', '--format=%cs', '--', file]);
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

/** True in a shallow clone, where "last commit" dates are those of the clone's only commit. */
export function isShallowClone(): boolean {
  return git(['rev-parse', '--is-shallow-repository']) === 'true';
}
