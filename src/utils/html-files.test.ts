import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, htmlFiles } from './html-files';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/site-broken');

describe('htmlFiles', () => {
  it('finds every page of a site, in any folder', () => {
    expect(htmlFiles(fixture).map((f) => path.relative(fixture, f)).sort()).toEqual(['en/a/index.html', 'index.html']);
  });
  it('skips the folders it is told to', () => {
    expect(htmlFiles(fixture, ['en']).map((f) => path.relative(fixture, f))).toEqual(['index.html']);
  });
});

describe('filesUnder', () => {
  it('lists every file under the folder, skipping the folders it is told to', () => {
    expect(filesUnder(fixture).map((f) => path.relative(fixture, f)).sort()).toEqual(['en/a/index.html', 'index.html']);
    expect(filesUnder(fixture, ['en']).map((f) => path.relative(fixture, f))).toEqual(['index.html']);
  });
});
