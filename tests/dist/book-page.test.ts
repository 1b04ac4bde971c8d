import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { rewriteChapterAnchors } from '../../src/book/node/book-anchors';
import { chapterPages } from '../e2e/site';
import { ROOT } from '../../scripts/lib/mdx';

/**
 * The whole-book page is made of the chapters' own rendered HTML, each
 * chapter's ids prefixed with its slug and nothing else changed: there is no
 * second, different render of a chapter.
 */
const sites = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-guide', base: '/guide/' },
];

const read = (file: string): Root => fromHtml(readFileSync(file, 'utf8'));

function find(tree: Root | Element, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (element) => {
    if (!found && test(element)) found = element;
  });
  return found;
}

const classes = (element: Element) => (element.properties.className as string[] | undefined) ?? [];
const inner = (element: Element) => toHtml(element.children);
const withoutScripts = (html: string) => html.replace(/<script type="module" src="[^"]*"><\/script>/g, '');

describe.each(sites)('the whole book in $dir', ({ dir, base }) => {
  for (const locale of ['zh', 'en'] as const) {
    const prefix = `${base}${locale === 'en' ? 'en/' : ''}`;
    const chapters = chapterPages.filter((p) => p.locale === locale);
    const chapterSlugs = new Map(chapters.map((c) => [`${prefix}${c.slug}/`, c.slug]));

    it(`${prefix}book/ holds each ${locale} chapter’s HTML as its page renders it, ids prefixed`, () => {
      const book = read(path.join(ROOT, dir, locale === 'en' ? 'en' : '', 'book/index.html'));
      for (const chapter of chapters) {
        const page = read(path.join(ROOT, dir, locale === 'en' ? 'en' : '', chapter.slug, 'index.html'));
        const prose = find(page, (e) => classes(e).includes('prose'));
        const section = find(book, (e) => e.properties.dataBookChapter === chapter.slug);
        const bookProse = section && find(section, (e) => classes(e).includes('prose'));
        expect(prose, `${chapter.path}: .prose`).toBeDefined();
        expect(bookProse, `${prefix}book/: the ${chapter.slug} section`).toBeDefined();
        // Through the same parser and serialiser on both sides, so only real differences remain.
        const expected = inner(fromHtml(rewriteChapterAnchors(inner(prose!), { slug: chapter.slug, pagePath: `${prefix}book/`, chapterSlugs }), { fragment: true }) as unknown as Element);
        // Astro writes a component's script once per page, where the component first appears: on the
        // whole-book page that is in the first chapter that uses it, so scripts are not compared here.
        expect(withoutScripts(inner(bookProse!)), chapter.path).toBe(withoutScripts(expected));
      }
    });
  }
});
