import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtFiles } from '../../src/site/node/built-files';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
    ids.set(file, set);
  }
  return set;
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The file a static host would serve for a path under the site, if any. */
function resolveFile(root: string, pathname: string): string | undefined {
  const file = path.join(root, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : undefined;
}

/**
 * Checks every internal link, stylesheet, script and image of every page in a
 * built site, and every `#anchor` against the ids of its target page.
 * `base` is the path the site is served under (`/` or `/guide/`).
 */
export function findBrokenLinks(root: string, base = '/'): BrokenLink[] {
  ids.clear();
  const broken: BrokenLink[] = [];
  for (const file of builtFiles(root, '**/*.html')) {
    const page = `/${file}`.replace(/index\.html$/, '');
    const html = readFileSync(path.join(root, file), 'utf8');
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page}`, 'http://site.invalid');
    for (const match of html.matchAll(/<(a|link|script|img|source)\b[^>]*?\s(href|src)="([^"]*)"/g)) {
      const raw = decodeEntities(match[3]!);
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, link: raw, reason: `outside the base path ${base}` });
        continue;
      }
      const target = resolveFile(root, url.pathname.slice(base.length - 1));
      if (!target) {
        broken.push({ page, link: raw, reason: 'no such file' });
        continue;
      }
      const id = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
      if (id && id !== 'top' && target.endsWith('.html') && !idsOf(target).has(id)) {
        broken.push({ page, link: raw, reason: `no element with id "${id}"` });
      }
    }
  }
  return broken;
}
