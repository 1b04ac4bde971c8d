/**
 * The "next deployment" the update tests serve in place of the first build
 * (tests/e2e/offline-update.spec.ts): the same site, built from a copy of
 * content/ in which the first chapter's description (shown on the home page)
 * ends with a marker. Writes dist-next/ and, under BASE_PATH=/guide/,
 * dist-guide-next/. content/ itself is not touched.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_ENV } from './build-env.mjs';
import { copyContent } from './lib/content-build.ts';
import { NEXT_MARKER } from './lib/next-deployment.ts';

const root = path.resolve(import.meta.dirname, '..');
const { dir, content } = copyContent('next-deployment-');
for (const [locale, marker] of Object.entries(NEXT_MARKER)) {
  const file = path.join(content, locale, 'background.mdx');
  const source = readFileSync(file, 'utf8');
  const changed = source.replace(/^(description: .*)$/m, `$1${marker}`);
  if (changed === source) throw new Error(`${file}: no description line to change`);
  writeFileSync(file, changed);
}
const builds = [
  { out: 'dist-next', env: {} },
  { out: 'dist-guide-next', env: { BASE_PATH: '/guide/', SITE_URL: 'https://example.org', REPO_URL: 'https://github.com/example/building-with-large-models' } },
];
try {
  for (const { out, env } of builds) {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...BUILD_ENV, ...process.env, ...env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: path.join(dir, `cache-${out}`) },
    });
    if (run.status !== 0) throw new Error(`the ${out} build failed`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
