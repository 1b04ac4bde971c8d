import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CONTENT_DIR = path.join(ROOT, 'content');

export interface ChapterSource {
  /** Path relative to the project, e.g. `content/zh/algorithms.mdx`. */
  file: string;
  locale: string;
  slug: string;
  frontmatter: Record<string, unknown>;
  /** The MDX tree, parsed like the site parses it; positions are lines of the file. */
  tree: Root;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);

export function parseChapter(absolutePath: string): ChapterSource {
  const source = readFileSync(absolutePath, 'utf8');
  // Frontmatter is blanked, not removed, so line numbers stay those of the file.
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  const rel = path.relative(ROOT, absolutePath);
  const [locale = '', name = ''] = rel.split(path.sep).slice(-2);
  return {
    file: rel.split(path.sep).join('/'),
    locale,
    slug: name.replace(/\.mdx$/, ''),
    frontmatter,
    tree: parser.parse(content) as Root,
  };
}

/** Every chapter source under content/, sorted by path. */
export function allChapters(contentDir = CONTENT_DIR): ChapterSource[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(contentDir, d.name))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => path.join(contentDir, d.name, f)),
    )
    .sort()
    .map(parseChapter);
}
