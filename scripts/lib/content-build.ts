/**
 * Builds the site from a copy of its content in a temporary folder, with the
 * real configuration: the benchmarks' generated books and fixture chapters.
 * Nothing is written to content/ or dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_ENV } from '../build-env.mjs';

const root = path.resolve(import.meta.dirname, '../..');

/** A new temporary folder holding a copy of content/ at `<folder>/content`. */
export function copyContent(prefix: string): { dir: string; content: string } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const content = path.join(dir, 'content');
  cpSync(path.join(root, 'content'), content, { recursive: true });
  return { dir, content };
}

export interface ContentBuild {
  stdout: string;
  seconds: number;
  /** Peak resident memory of the build, in KB, when asked for (GNU time's %M). */
  peakRssKb?: number;
}

/** Runs `astro build` on `<dir>/content` into `<dir>/dist`; throws with the log when it fails. */
export function buildContent(dir: string, { measureRss = false } = {}): ContentBuild {
  const astro = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'];
  const [command, ...args] = measureRss ? ['/usr/bin/time', '-f', 'peak-rss-kb=%M', ...astro] : astro;
  const started = performance.now();
  const run = spawnSync(command!, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...BUILD_ENV,
      // No PDFs of the book (src/export): these builds measure and check the site; EXPORT=on in the environment wins.
      EXPORT: 'off',
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: path.join(dir, 'content'),
      OUT_DIR: path.join(dir, 'dist'),
      ASTRO_CACHE_DIR: path.join(dir, 'cache'),
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build of ${dir} failed:\n${run.stdout.slice(-5000)}\n${run.stderr.slice(-5000)}`);
  const rss = /peak-rss-kb=(\d+)/.exec(run.stderr)?.[1];
  return { stdout: run.stdout, seconds, ...(rss ? { peakRssKb: Number(rss) } : {}) };
}
