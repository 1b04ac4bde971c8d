import { describe, expect, it } from 'vitest';
import { bookCacheName, refreshPlan, type OfflineBook } from './offline-book';

const book = (pages: Record<string, string[]>, shared: string[] = []): OfflineBook => {
  const files = [...new Set([...Object.keys(pages), ...Object.values(pages).flat(), ...shared])];
  const needs = Object.values(pages).map((list) => list.map((f) => files.indexOf(f)));
  return { version: 'v2', files, bytes: 0, needs, pages: Object.fromEntries(Object.keys(pages).map((page, i) => [page, i])) };
};

describe('refreshPlan', () => {
  const zh = book({ '': ['_astro/new.css'], 'algorithms/': ['_astro/new.css', '_astro/KaTeX.new.woff2'] }, ['pagefind/zh.pf_meta']);
  const en = book({ 'en/': ['_astro/new.css'], 'en/faq/': ['_astro/new.css'] }, ['pagefind/en.pf_meta']);

  it('fetches again the pages a reader opened, with what the new build gives them; drops the old build', () => {
    const plan = refreshPlan(['algorithms/', '_astro/old.css', '_astro/KaTeX.old.woff2', 'en/gone/'], [zh, en], []);
    expect(plan.fetch.sort()).toEqual(['_astro/KaTeX.new.woff2', '_astro/new.css', 'algorithms/']);
    expect(plan.drop.sort()).toEqual(['_astro/KaTeX.old.woff2', '_astro/old.css', 'en/gone/']);
  });
  it('fetches the whole of a saved book, and keeps nothing of the other language that was not opened', () => {
    const plan = refreshPlan(['en/faq/', 'pagefind/old.pf_meta'], [zh, en], [zh]);
    expect(plan.fetch.sort()).toEqual([...zh.files, 'en/faq/'].sort());
    expect(plan.drop).toEqual(['pagefind/old.pf_meta']);
  });
  it('with nothing cached and nothing saved, does nothing', () => {
    expect(refreshPlan([], [zh, en], [])).toEqual({ fetch: [], drop: [] });
  });
});

describe('bookCacheName', () => {
  it('differs per base path, so two deployments on one origin keep apart', () => {
    expect(bookCacheName('/')).not.toBe(bookCacheName('/guide/'));
  });
});
