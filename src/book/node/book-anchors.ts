/** Attributes that hold ids (space-separated lists for the ARIA ones). */
const ID_ATTRIBUTES = new Set(['id', 'for', 'aria-controls', 'aria-labelledby', 'aria-describedby']);

/**
 * A start tag: name, then attributes whose values may hold `>` inside quotes.
 * Text never matches, since the serialiser escapes `<` in text (`&lt;`), so
 * code and diagram sources that show markup are left alone.
 */
const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
/** A chapter's section headings: its content has no h1 (its title is outside it). */
const HEADING = /^h([2-6])$/i;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export interface BookAnchorOptions {
  /** The chapter's slug: its ids become `slug--id`. */
  slug: string;
  /** The book page's own path (`/guide/en/book/`), against which relative links are resolved. */
  pagePath: string;
  /** Chapter paths (`/guide/en/faq/`) to their slugs: links to them stay in the page. */
  chapterSlugs: ReadonlyMap<string, string>;
}

/**
 * The whole-book page holds every chapter at once, so ids would collide (two
 * chapters can both have a "Summary", or a footnote 1). This rewrites one
 * chapter's rendered HTML before the chapters are joined: every id becomes
 * `slug--id` and every reference to it follows; links to a chapter of the
 * book, with or without `#anchor`, become links inside the page. Its section
 * headings keep their tags, and so their look, but are one level deeper for
 * assistive technology and the PDF's outline (`aria-level`): in the book a
 * chapter sits under its part. It reads start tags only, in one pass over
 * the string: no tree is built.
 */
export function rewriteChapterAnchors(html: string, { slug, pagePath, chapterSlugs }: BookAnchorOptions): string {
  const page = new URL(pagePath, 'http://book.invalid');
  const prefix = (id: string) => `${slug}--${id}`;
  const inPage = (href: string): string | undefined => {
    if (href.startsWith('#')) return `#${prefix(decodeUri(href.slice(1)))}`;
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
    const target = new URL(decodeEntities(href), page);
    const other = target.origin === page.origin ? chapterSlugs.get(target.pathname) : undefined;
    if (!other) return undefined;
    return target.hash ? `#${other}--${decodeUri(target.hash.slice(1))}` : `#${other}`;
  };
  return html.replace(START_TAG, (tag: string, name: string, attributes: string) => {
    const heading = HEADING.exec(name);
    // In the book, a part is level 1 and its chapters level 2 (BookLayout.astro): a chapter's sections go one level down.
    const level = heading ? ` aria-level="${Number(heading[1]) + 1}"` : '';
    if (!attributes) return level ? `<${name}${level}${tag.slice(1 + name.length)}` : tag;
    const rewritten = attributes.replace(ATTRIBUTE, (whole: string, space: string, key: string, equals = '', dq?: string, sq?: string, bare?: string) => {
      const value = dq ?? sq ?? bare;
      if (value === undefined) return whole;
      const attribute = key.toLowerCase();
      let next: string | undefined;
      if (ID_ATTRIBUTES.has(attribute)) next = value.split(/\s+/).filter(Boolean).map((id) => prefix(decodeEntities(id))).join(' ');
      else if (attribute === 'href' && name.toLowerCase() === 'a') next = inPage(value);
      return next === undefined ? whole : `${space}${key}${equals}"${escapeAttribute(next)}"`;
    });
    return `<${name}${rewritten}${level}${tag.slice(1 + name.length + attributes.length)}`;
  });
}

function decodeUri(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function decodeEntities(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|quot|lt|gt|#39));/gi, (_all, hex?: string, dec?: string, named?: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" }[named!.toLowerCase()] ?? '';
  });
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
