/**
 * Records the size every diagram is drawn at, so that pages can reserve its
 * box and nothing moves when the drawing arrives. Run after changing a
 * diagram: `npm run diagrams:measure` (it builds, draws each diagram in
 * Chromium and rewrites src/diagrams/diagram-sizes.json; then build again).
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { builtFiles } from '../src/site/node/built-files.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const port = 4339;
const output = path.join(root, 'src/diagrams/diagram-sizes.json');

function pagesWithDiagrams(dir: string): string[] {
  return builtFiles(dir, '**/index.html', ['pagefind/**'])
    .filter((file) => readFileSync(path.join(dir, file), 'utf8').includes('data-diagram='))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`);
}

const server = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  cwd: root,
  stdio: 'ignore',
});
try {
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    if (await fetch(origin).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const sizes: Record<string, [number, number]> = {};
  for (const pathname of pagesWithDiagrams(dist).map((p) => p.replace(/^\/\//, '/'))) {
    await page.goto(origin + pathname);
    for (const figure of await page.locator('figure.diagram').all()) {
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('svg.diagram-svg').waitFor();
      const key = (await figure.getAttribute('data-diagram'))!;
      const [width, height] = (await figure.getAttribute('data-natural-size'))!.split(' ').map(Number);
      sizes[key] = [width!, height!];
      console.log(`${pathname} ${key} ${width}×${height}`);
    }
  }
  await browser.close();
  const sorted = Object.fromEntries(Object.entries(sizes).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(output, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`Wrote ${Object.keys(sorted).length} sizes to ${path.relative(root, output)}; build again to use them.`);
} finally {
  server.kill();
}
