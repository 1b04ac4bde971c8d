import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildEnv } from '../support/build-fixture';
import { ROOT } from '../../scripts/lib/mdx';
import { CHROMIUM_PATH } from '../../scripts/lib/chromium';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/deploy.yml'), 'utf8')) as Workflow;
const build = workflow.jobs.build!.steps;

describe('the GitHub Pages workflow', () => {
  it('is valid YAML that builds on pushes to main and deploys with the Pages permissions', () => {
    expect(workflow.on).toHaveProperty('push');
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(build.some((s) => s.uses?.startsWith('actions/upload-pages-artifact@') && s.with?.path === 'dist')).toBe(true);
  });

  it('checks out the full history and installs from the lock file with the Node of .nvmrc', () => {
    expect(build.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    expect(build.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe('.nvmrc');
    expect(build.some((s) => s.run === 'npm ci')).toBe(true);
  });

  it('installs a CJK font for the PDFs before it builds', () => {
    const fonts = build.findIndex((s) => s.run?.includes('fonts-noto-cjk'));
    expect(fonts).toBeGreaterThan(-1);
    expect(fonts).toBeLessThan(build.findIndex((s) => s.name === 'Build'));
  });

  it('runs a build that works under the repository subpath it sets', () => {
    const step = build.find((s) => s.name === 'Build' || s.run === 'npm run build')!;
    // What actions/configure-pages and the github context give a project site.
    const values: Record<string, string> = {
      'steps.pages.outputs.origin': 'https://example.github.io',
      'steps.pages.outputs.base_path': '/building-with-large-models',
      'github.server_url': 'https://github.com',
      'github.repository': 'example/building-with-large-models',
    };
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, expr: string) => values[expr]!)]),
    );
    expect(env).toEqual({
      // The runner's Google Chrome prints the PDFs (src/export).
      CHROMIUM_PATH: '/usr/bin/google-chrome',
      SITE_URL: 'https://example.github.io',
      BASE_PATH: '/building-with-large-models/',
      REPO_URL: 'https://github.com/example/building-with-large-models',
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'pages-build-'));
    execSync(step.run!, {
      cwd: ROOT,
      stdio: 'pipe',
      // Here, the Chromium the tests use stands in for the runner's Chrome.
      env: buildEnv({ ...env, CHROMIUM_PATH, EXPORT: 'on', OUT_DIR: path.join(dir, 'dist'), ASTRO_CACHE_DIR: path.join(dir, 'cache') }),
    });
    // The step after the build fails the deployment if the PDFs and EPUBs are missing; here it finds them.
    const check = build.find((s) => s.name === 'Check the downloads are there')!;
    expect(check.run).toContain('dist/downloads/');
    execSync(check.run!, { cwd: dir, stdio: 'pipe', shell: '/bin/bash' });
    expect(() => execSync(check.run!, { cwd: path.join(dir, 'cache'), stdio: 'pipe', shell: '/bin/bash' })).toThrow();
    const home = readFileSync(path.join(dir, 'dist/index.html'), 'utf8');
    expect(home).toContain('<link rel="canonical" href="https://example.github.io/building-with-large-models/">');
    const hrefs = [...home.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !h.startsWith('/building-with-large-models/'))).toEqual([]);
    expect(readFileSync(path.join(dir, 'dist/_headers'), 'utf8')).toContain('/building-with-large-models/_astro/*');
    expect(readFileSync(path.join(dir, 'dist/en/faq/index.html'), 'utf8')).toContain(
      'href="https://github.com/example/building-with-large-models/edit/main/content/en/faq.mdx"',
    );
  }, 180_000);
});
