import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/mdx';

/**
 * `npm start` and `npm test` go through scripts/current-node.mjs, which
 * fetches Node 24 from the npm registry when the Node on PATH is too old for
 * Astro 7. Tried here in a fresh clone, with Debian's Node 20 (or NODE20_PATH)
 * first on PATH.
 */
function findNode20(): string | undefined {
  for (const candidate of [process.env.NODE20_PATH, '/usr/bin/node', '/usr/local/bin/node']) {
    if (!candidate || !existsSync(candidate)) continue;
    const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
    if (version.startsWith('v20.')) return candidate;
  }
  return undefined;
}

const node20 = findNode20();
// CI's machine has Debian's Node 20: there the test must run. Elsewhere it may be missing, and the skip says so.
if (!node20 && process.env.CI) throw new Error('No Node 20 at /usr/bin/node or NODE20_PATH: CI must try a first run on an old Node.');
if (!node20) console.warn('Skipping the first-run test: no Node 20 found at /usr/bin/node or NODE20_PATH.');
const work = mkdtempSync(path.join(tmpdir(), 'first-run-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!node20)('a first run on an old Node', () => {
  const clone = path.join(work, 'clone');
  const cache = path.join(work, 'node24');
  // The first run, with an empty cache, is what the tests below look at; each test stands on its own.
  let first: ReturnType<typeof run>;
  beforeAll(() => {
    execFileSync('git', ['clone', '-q', ROOT, clone]);
    first = run(path.dirname(node20!));
  }, 200_000);
  const run = (nodeDir: string) =>
    spawnSync('node', ['scripts/current-node.mjs', 'node', '--version'], {
      cwd: clone,
      encoding: 'utf8',
      timeout: 180_000,
      env: { ...process.env, PATH: `${nodeDir}:/usr/bin:/bin`, NODE24_PREFIX: cache },
    });

  it('fetches Node 24 into the cache, says so in one line, and runs the command with it', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout.trim()).toMatch(/^v24\.\d+\.\d+$/);
    const lines = first.stderr.trim().split('\n');
    expect(lines, first.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^Node v20\.\S+ is too old for Astro 7 .*fetching Node 24 from the npm registry into /);
  });

  it('uses the cached Node 24 the next time, saying so', () => {
    const again = run(path.dirname(node20!));
    expect(again.status).toBe(0);
    expect(again.stdout.trim()).toMatch(/^v24\./);
    expect(again.stderr.trim()).toMatch(/^Node v20\.\S+ is too old for Astro 7: using Node v24\.\S+ from /);
  });

  it('leaves a current Node alone, without a word', () => {
    const current = run(path.dirname(process.execPath));
    expect(current.status).toBe(0);
    expect(current.stdout.trim()).toBe(process.version);
    expect(current.stderr).toBe('');
  });
});
