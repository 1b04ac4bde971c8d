import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterPages } from '../e2e/site';
import { ROOT } from '../../scripts/lib/mdx';

/**
 * The book as Markdown for readers' tools, in both built sites: llms.txt in
 * the llmstxt.org format with every link leading to a file of the site, a
 * Markdown copy beside every chapter that its page points to, and
 * llms-full.txt with every chapter in reading order.
 */
const sites = [
  { dir: 'dist', base: '/', origin: 'http://127.0.0.1:4321' },
  { dir: 'dist-guide', base: '/guide/', origin: 'https://example.org' },
];

/** The file a URL of the site is served from. */
function fileOf(dir: string, base: string, origin: string, url: string): string {
  const { pathname } = new URL(url, origin);
  expect(pathname.startsWith(base), `${url} is under ${base}`).toBe(true);
  const rest = decodeURIComponent(pathname.slice(base.length));
  return path.join(ROOT, dir, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
}

/** llmstxt.org: an H1, a blockquote, optional prose, then H2 sections holding only "- [name](url): notes" lists. */
function parseLlmsTxt(text: string) {
  const [h1, ...rest] = text.trimEnd().split('\n\n');
  expect(h1).toMatch(/^# \S/);
  expect(rest[0]).toMatch(/^> \S/);
  const sections: { title: string; links: { name: string; url: string; notes: string }[] }[] = [];
  for (const block of rest.slice(1)) {
    if (block.startsWith('## ')) sections.push({ title: block.slice(3), links: [] });
    else if (sections.length === 0) expect(block).not.toMatch(/^#/);
    else {
      for (const line of block.split('\n')) {
        const match = /^- \[([^\]]+)\]\((\S+)\): (.+)$/.exec(line);
        expect(match, `list item: ${line}`).not.toBeNull();
        sections.at(-1)!.links.push({ name: match![1]!, url: match![2]!, notes: match![3]! });
      }
    }
  }
  return { title: h1!.slice(2), sections, prose: rest.slice(1).find((b) => !b.startsWith('## ')) ?? '' };
}

describe.each(sites)('Markdown for tools in $dir', ({ dir, base, origin }) => {
  for (const locale of ['zh', 'en'] as const) {
    const home = `${base}${locale === 'en' ? 'en/' : ''}`;
    const chapters = chapterPages.filter((p) => p.locale === locale);

    it(`${home}llms.txt lists every chapter by part, each link to a Markdown file of the site`, () => {
      const llms = parseLlmsTxt(readFileSync(path.join(ROOT, dir, home.slice(base.length), 'llms.txt'), 'utf8'));
      const links = llms.sections.flatMap((s) => s.links);
      expect(links.map((l) => l.name)).toEqual(chapters.map((c) => c.title));
      for (const link of links) {
        expect(link.url.startsWith(`${origin}${home}`), link.url).toBe(true);
        expect(existsSync(fileOf(dir, base, origin, link.url)), link.url).toBe(true);
      }
      const full = /\]\((\S+llms-full\.txt)\)/.exec(llms.prose)?.[1];
      expect(full && existsSync(fileOf(dir, base, origin, full)), 'llms-full.txt is linked and exists').toBe(true);
    });

    it(`every ${locale} chapter has its Markdown beside it, linked from the page, with its formulas, diagrams and code`, () => {
      for (const chapter of chapters) {
        const page = readFileSync(path.join(ROOT, dir, chapter.path, 'index.html'), 'utf8');
        const alternate = /<link rel="alternate" type="text\/markdown" href="([^"]+)"/.exec(page)?.[1];
        expect(alternate, chapter.path).toBe(`${base}${chapter.path.slice(1)}index.md`);
        const markdown = readFileSync(fileOf(dir, base, origin, alternate!), 'utf8');
        expect(markdown, chapter.path).toMatch(new RegExp(`^# (\\d+ )?${chapter.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\n> `));
        // Numbers, references and the bibliography are resolved: no label line or citation key is left.
        expect(markdown, chapter.path).not.toMatch(/^\((fig|tbl|eq|sec)-[a-z0-9-]+\)=$|\[@[\w-]+/m);
        const source = readFileSync(path.join(ROOT, 'content', locale, `${chapter.slug}.mdx`), 'utf8');
        for (const marker of ['```mermaid', '$$', '```python']) {
          expect(markdown.split(marker).length, `${chapter.path} ${marker}`).toBe(source.split(marker).length);
        }
        for (const image of markdown.matchAll(/!\[[^\]]*\]\((\S+)/g)) {
          expect(existsSync(fileOf(dir, base, origin, image[1]!)), `${chapter.path} image ${image[1]}`).toBe(true);
        }
      }
    });

    it(`${locale} chapters carry their section numbers, numbered references and their bibliography as Markdown`, () => {
      const algorithms = readFileSync(path.join(ROOT, dir, locale === 'en' ? 'en' : '', 'algorithms', 'index.md'), 'utf8');
      const t = locale === 'en' ? { references: '## References', section: /^## 3\.1 \S/m, entry: /^\[1\] A\. Vaswani \*et al\.\*, “Attention is all you need,”/m, cite: /et al\. in 2017 \[1\]\./ }
        : { references: '## 参考文献', section: /^## 3\.1 \S/m, entry: /^\[1\] VASWANI A, SHAZEER N, PARMAR N, 等\. Attention is all you need\\\[C\/OL\\\]\/\//m, cite: /2017 年提出\[1\]。/ };
      expect(algorithms).toMatch(/^# 3 /);
      expect(algorithms).toMatch(t.section);
      expect(algorithms).toContain(t.references);
      expect(algorithms).toMatch(t.entry);
      expect(algorithms).toMatch(t.cite);
      expect(algorithms).toMatch(/\[[^\]]+\]\(https:\/\/(doi\.org|arxiv\.org)\//);
    });

    it(`${home}llms-full.txt holds every ${locale} chapter's Markdown, in reading order`, () => {
      const full = readFileSync(path.join(ROOT, dir, home.slice(base.length), 'llms-full.txt'), 'utf8');
      let at = 0;
      for (const chapter of chapters) {
        const markdown = readFileSync(path.join(ROOT, dir, chapter.path, 'index.md'), 'utf8');
        const found = full.indexOf(markdown, at);
        expect(found, chapter.path).toBeGreaterThanOrEqual(at);
        at = found + markdown.length;
      }
    });
  }
});
