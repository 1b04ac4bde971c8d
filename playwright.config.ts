import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, HAS_CHROMIUM, PREVIEW_ORIGIN, PREVIEW_PORT, SUBPATH, SUBPATH_ORIGIN, SUBPATH_PORT } from './scripts/lib/chromium';

const astro = 'node node_modules/astro/bin/astro.mjs';

// Outside CI, a machine without Chromium skips the browser tests, and says so; in CI they must run.
const skipAll = !HAS_CHROMIUM && !process.env.CI;
if (skipAll) console.warn(`Skipping every browser test: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH). CI would fail here.`);

/**
 * Browser tests run Debian's Chromium against built sites served by
 * `astro preview` on 127.0.0.1 the way a static host serves them: `dist/`
 * at the root, and `dist-guide/` (built with BASE_PATH=/guide/) under /guide/.
 */
export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'site', testIgnore: skipAll ? '**/*' : /(subpath|diagram-timing)\.spec\.ts/, use: { baseURL: PREVIEW_ORIGIN } },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, testIgnore: skipAll ? '**/*' : [], use: { baseURL: SUBPATH_ORIGIN } },
    // Timing budgets run last, alone, once the other projects are done.
    {
      name: 'timing',
      testMatch: /diagram-timing\.spec\.ts/,
      testIgnore: skipAll ? '**/*' : [],
      dependencies: ['site', 'subpath'],
      use: { baseURL: PREVIEW_ORIGIN },
    },
  ],
  webServer: skipAll
    ? []
    : [
    {
      command: `${astro} preview --host 127.0.0.1 --port ${PREVIEW_PORT}`,
      url: `${PREVIEW_ORIGIN}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      // --ignore-lock: Astro 7 allows one tracked preview server per project; this is the second.
      command: `${astro} preview --ignore-lock --host 127.0.0.1 --port ${SUBPATH_PORT}`,
      url: `${SUBPATH_ORIGIN}${SUBPATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: SUBPATH, OUT_DIR: process.env.SUBPATH_OUT_DIR ?? 'dist-guide', SITE_URL: 'https://example.org' },
    },
  ],
});
