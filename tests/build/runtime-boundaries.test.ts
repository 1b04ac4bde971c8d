import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/mdx';

/**
 * Browser code (every feature's browser/ and shared/) is type-checked by
 * tsconfig.browser.json, with DOM types and without Node's, as part of
 * `npm run check`. Tried here on three small files checked under that config:
 * one that a browser can run, and two that it cannot.
 */
const dir = path.join(ROOT, '.cache', 'runtime-boundaries');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tsconfig.browser.json', () => {
  it('accepts DOM code, and fails code that imports node:* or astro:env/server', () => {
    mkdirSync(path.join(dir, 'browser'), { recursive: true });
    const files = {
      'browser/dom.ts': "export const title = document.title + String(import.meta.env.BASE_URL);\n",
      'browser/node.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      'browser/env.ts': "import { OFFLINE } from 'astro:env/server';\nexport const offline = OFFLINE;\n",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.browser.json', include: Object.keys(files), exclude: [] }),
    );
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    const errors = tsc.stdout.split('\n').filter((line) => line.includes('error TS'));
    expect(tsc.status).not.toBe(0);
    expect(errors.filter((e) => e.includes('dom.ts'))).toEqual([]);
    expect(errors.some((e) => e.includes('node.ts') && e.includes("'node:fs'"))).toBe(true);
    expect(errors.some((e) => e.includes('env.ts') && e.includes("'astro:env/server'"))).toBe(true);
  });
});
