import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { pagesGlob } from './search-index';

const site = mkdtempSync(path.join(tmpdir(), 'search-index-'));
const page = (file: string, title: string) => {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${title}</h1><p>${title} text</p></main></body></html>`);
};
page('index.html', 'Home');
page('background/index.html', 'Background');
page('en/book/index.html', 'Book');
page('book/index.html', 'Book');
page('odd{name},[1]/index.html', 'Odd');
page('pagefind/stale.html', 'Stale');
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('pagesGlob', () => {
  const skip = /(^|\/)book\/index\.html$/;

  it('lists every page but the skipped ones and Pagefind’s own folder', () => {
    expect(pagesGlob(site, skip)).toBe(String.raw`{background/index.html,index.html,odd\{name\}\,\[1\]/index.html}`);
  });

  it('reads the whole site when nothing is skipped', () => {
    expect(pagesGlob(site)).toBe('**/*.html');
  });

  it('is a glob Pagefind reads as the same list of pages', async () => {
    const { index } = await pagefind.createIndex({});
    try {
      const added = await index!.addDirectory({ path: site, glob: pagesGlob(site, skip) });
      expect(added.errors).toEqual([]);
      expect(added.page_count).toBe(3);
    } finally {
      await pagefind.close();
    }
  }, 30_000);
});
