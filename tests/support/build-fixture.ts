import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/mdx';

export interface FixtureBuild {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  dir: string;
}

/**
 * The environment for a child `astro build`, without the variables Vitest
 * itself sets (BASE_URL, MODE, DEV, PROD, SSR): the child's Vite would take
 * BASE_URL=/ over the configured base path.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  // Fixture builds check the site, not its PDFs and EPUBs (src/export); a test that wants them says EXPORT: 'on'.
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', EXPORT: 'off', ...extra };
}

/** A valid chapter, to pair with a broken one. */
export function chapter(title: string, order: number, body = 'Text.\n'): string {
  return `---\ntitle: ${title}\ndescription: A fixture chapter.\npart: main\norder: ${order}\n---\n\n${body}`;
}

/** The data files every content folder has, unless a fixture brings its own. */
export const DEFAULT_DATA: Record<string, string> = {
  'parts.yaml': '- id: main\n  order: 1\n  title:\n    zh: 正文\n    en: Main\n',
  'glossary.yaml': '[]\n',
};

/**
 * Runs the real `astro build` of this project on a content folder made of
 * `files` (paths relative to content/), in a temporary folder.
 */
export function buildFixture(files: Record<string, string>): FixtureBuild {
  const dir = mkdtempSync(path.join(tmpdir(), 'astro-fixture-'));
  for (const [name, text] of Object.entries({ ...DEFAULT_DATA, ...files })) {
    const file = path.join(dir, 'content', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
    env: buildEnv({
      CONTENT_DIR: path.join(dir, 'content'),
      OUT_DIR: path.join(dir, 'dist'),
      ASTRO_CACHE_DIR: path.join(dir, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    }),
  });
  // eslint-disable-next-line no-control-regex
  const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: run.status, output, dir };
}
