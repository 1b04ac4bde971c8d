import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/site/node/built-files';
import { ROOT } from '../../scripts/lib/mdx';

/**
 * Every page but 404 and offline has a social card of its own (src/social/):
 * og:image is an absolute URL under the site's base to a built 1200×630 PNG of
 * at most 100 KB, described in the page's language, shown as a large card.
 */
const sites = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-guide', base: '/guide/' },
];
const WITHOUT_CARD = ['404.html', 'offline/index.html', 'en/offline/index.html'];
const MAX_BYTES = 100 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which must come first. */
function pngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function metaOf(html: string): { lang: string; meta: Map<string, string> } {
  const meta = new Map<string, string>();
  let lang = '';
  visit(fromHtml(html), 'element', (element: Element) => {
    if (element.tagName === 'html') lang = String(element.properties.lang ?? '');
    if (element.tagName !== 'meta') return;
    const key = element.properties.property ?? element.properties.name;
    if (typeof key === 'string' && !meta.has(key)) meta.set(key, String(element.properties.content ?? ''));
  });
  return { lang, meta };
}

const han = /\p{Script=Han}/u;

describe.each(sites)('social cards in $dir', ({ dir, base }) => {
  const root = path.join(ROOT, dir);
  const pages = builtFiles(root, '**/*.html', ['pagefind/**']).filter((p) => !WITHOUT_CARD.includes(p));

  it('are built for the home, chapter and whole-book pages of both languages', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'en/index.html', 'background/index.html', 'en/glossary/index.html', 'en/book/index.html']));
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  it('every page has its own 1200×630 PNG of at most 100 KB, with alt text in its language', () => {
    const images = new Set<string>();
    for (const page of pages) {
      const { lang, meta } = metaOf(readFileSync(path.join(root, page), 'utf8'));
      const image = meta.get('og:image');
      expect(image, `${page}: og:image`).toMatch(/^https?:\/\//);
      const url = new URL(image!);
      const pageUrl = meta.get('og:url');
      if (pageUrl) expect(url.origin, `${page}: og:image on the site's origin`).toBe(new URL(pageUrl).origin);
      expect(url.pathname, `${page}: og:image under ${base}og/`).toMatch(new RegExp(`^${base}og/(zh|en)/[a-z0-9-]+\\.png$`));
      expect(url.pathname.split('/').at(-2), `${page}: og:image in the page's language`).toBe(lang.startsWith('zh') ? 'zh' : 'en');
      images.add(url.pathname);

      const file = path.join(root, url.pathname.slice(base.length));
      const png = readFileSync(file);
      expect(pngSize(png), `${page}: ${url.pathname} is a 1200×630 PNG`).toEqual({ width: 1200, height: 630 });
      expect(statSync(file).size, `${page}: ${url.pathname} size`).toBeLessThanOrEqual(MAX_BYTES);

      expect(meta.get('og:image:width'), page).toBe('1200');
      expect(meta.get('og:image:height'), page).toBe('630');
      expect(meta.get('og:image:type'), page).toBe('image/png');
      expect(meta.get('twitter:card'), page).toBe('summary_large_image');
      expect(meta.get('twitter:image'), page).toBe(image);
      const alt = meta.get('og:image:alt') ?? '';
      expect(alt, `${page}: og:image:alt names the page`).toContain(meta.get('og:title'));
      if (lang.startsWith('zh')) expect(alt, `${page}: og:image:alt in Chinese`).toMatch(han);
      else expect(alt, `${page}: og:image:alt in English`).not.toMatch(han);
    }
    expect(images.size, 'one image per page').toBe(pages.length);
  });
});

describe('pngSize', () => {
  it('reads the size from the header and rejects what is not a PNG', () => {
    const header = Buffer.alloc(24);
    PNG_SIGNATURE.copy(header);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(1200, 16);
    header.writeUInt32BE(630, 20);
    expect(pngSize(header)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(Buffer.from('<svg/>'))).toBeUndefined();
  });
});
