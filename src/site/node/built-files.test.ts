import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { builtFiles } from './built-files';

const site = mkdtempSync(path.join(tmpdir(), 'built-files-'));
for (const file of ['index.html', 'en/a/index.html', 'en/a/notes.md', 'sw.js', 'pagefind/fragment/x.html', '_astro/page.css', 'folder.html/inner.txt']) {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), '');
}
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('builtFiles', () => {
  test('lists only files that match, as sorted site paths', () => {
    // folder.html is a directory: matched by name, but not a file.
    expect(builtFiles(site, '**/*.html')).toEqual(['en/a/index.html', 'index.html', 'pagefind/fragment/x.html']);
  });

  test('leaves out what the exclusions match', () => {
    expect(builtFiles(site, '**/*.html', ['pagefind/**'])).toEqual(['en/a/index.html', 'index.html']);
    expect(builtFiles(site, '**', ['pagefind/**', '_astro/**'])).toEqual(['en/a/index.html', 'en/a/notes.md', 'folder.html/inner.txt', 'index.html', 'sw.js']);
  });
});
