import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

const ID_REFERENCES = ['ariaControls', 'ariaLabelledBy', 'ariaDescribedBy', 'htmlFor'] as const;

function walk(node: Root | Element, visit: (element: Element, chapter: string | undefined) => void, chapter?: string): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const own = typeof child.properties.dataBookChapter === 'string' ? child.properties.dataBookChapter : undefined;
    visit(child, own ? undefined : chapter);
    walk(child, visit, own ?? chapter);
    if (child.tagName === 'template' && 'content' in child) walk(child.content as Root, visit, own ?? chapter);
  }
}

/**
 * The whole-book page holds every chapter, so ids would collide (two
 * chapters can both have a "Conclusion"). Inside each
 * `<section data-book-chapter="slug">`, ids become `slug--id` and every
 * reference to them follows; links to another chapter of the book, with or
 * without `#anchor`, become links inside the page.
 *
 * `pagePath` is the book page's own path (`/guide/en/book/`), against which
 * relative links are resolved; `chapterPath(slug)` gives a chapter's path.
 */
export function rewriteBookAnchors(html: string, pagePath: string, chapterPath: (slug: string) => string): string {
  const tree = fromHtml(html);
  const slugs = new Set<string>();
  walk(tree, (element) => {
    if (typeof element.properties.dataBookChapter === 'string') slugs.add(element.properties.dataBookChapter);
  });
  const bySlugPath = new Map([...slugs].map((slug) => [chapterPath(slug), slug]));
  const page = new URL(pagePath, 'http://book.invalid');

  walk(tree, (element, chapter) => {
    if (!chapter) return;
    const prefix = (id: string) => `${chapter}--${id}`;
    if (typeof element.properties.id === 'string') element.properties.id = prefix(element.properties.id);
    const properties: Record<string, unknown> = element.properties;
    for (const key of ID_REFERENCES) {
      const value = properties[key];
      if (typeof value === 'string') properties[key] = value.split(/\s+/).map(prefix).join(' ');
      else if (Array.isArray(value)) properties[key] = value.map((v) => prefix(String(v)));
    }
    const href = element.properties.href;
    if (element.tagName !== 'a' || typeof href !== 'string') return;
    if (href.startsWith('#')) {
      element.properties.href = `#${prefix(href.slice(1))}`;
      return;
    }
    const target = new URL(href, page);
    const slug = target.origin === page.origin ? bySlugPath.get(target.pathname) : undefined;
    if (slug) element.properties.href = target.hash ? `#${slug}--${target.hash.slice(1)}` : `#${slug}`;
  });
  return toHtml(tree, { allowDangerousHtml: true, upperDoctype: true });
}
