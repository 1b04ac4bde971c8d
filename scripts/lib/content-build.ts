/**
 * Builds the site from a copy of its content in a temporary folder, with the
 * real configuration: the benchmarks' generated books and fixture chapters.
 * Nothing is written to content/ or dist/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_ENV } from '../build-env.mjs';
import { sampleTreeMemory } from './tree-memory.ts';

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
}

/** What `buildContent` and `measureBuild` give `astro build`: the real config, on `<dir>/content`, into `<dir>/dist`. */
function buildEnv(dir: string, env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...BUILD_ENV,
    // No PDFs or EPUBs of the book (src/export): these builds check the site; EXPORT=on in the environment wins.
    EXPORT: 'off',
    ...process.env,
    ...env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: path.join(dir, 'content'),
    OUT_DIR: path.join(dir, 'dist'),
    ASTRO_CACHE_DIR: path.join(dir, 'cache'),
  };
}

const ASTRO = ['node_modules/astro/bin/astro.mjs', 'build'];

/** Runs `astro build` on `<dir>/content` into `<dir>/dist`; throws with the log when it fails. */
export function buildContent(dir: string, env: Record<string, string> = {}): ContentBuild {
  const started = performance.now();
  const run = spawnSync(process.execPath, ASTRO, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: buildEnv(dir, env) });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build of ${dir} failed:\n${run.stdout.slice(-5000)}\n${run.stderr.slice(-5000)}`);
  return { stdout: run.stdout, seconds };
}

export interface MeasuredBuild extends ContentBuild {
  /** Peak memory of the build and every process it started (Chromium for the export): sum of PSS, KB. */
  peakTreeKb: number;
  /** Peak resident memory of the build's own Node process, KB. */
  peakBuildKb: number;
}

/** `buildContent`, with the peak memory of the build's process tree sampled as it runs. */
export async function measureBuild(dir: string, env: Record<string, string> = {}): Promise<MeasuredBuild> {
  const started = performance.now();
  const child = spawn(process.execPath, ASTRO, { cwd: root, env: buildEnv(dir, env) });
  const memory = sampleTreeMemory(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  memory.stop();
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`build of ${dir} failed:\n${stdout.slice(-5000)}\n${stderr.slice(-5000)}`);
  return { stdout, seconds, peakTreeKb: memory.peakTreeKb, peakBuildKb: memory.peakRootKb };
}
