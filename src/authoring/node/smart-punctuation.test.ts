import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkSmartPunctuation } from './smart-punctuation';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath).parse(markdown) as Root;
const run = (plugin: typeof remarkSmartypants | typeof remarkSmartPunctuation, tree: Root) => unified().use(plugin as never).runSync(tree) as Root;

describe('remarkSmartPunctuation', () => {
  it('curls quotes and sets dashes and ellipses, as remark-smartypants does', () => {
    const tree = run(remarkSmartPunctuation, parse('"Attention" is all -- it\'s said... \'really\'\n\n| a "b" |\n| - |\n| c |'));
    const text = JSON.stringify(tree);
    expect(text).toContain('“Attention” is all — it’s said… ‘really’');
    expect(text).toContain('a “b”');
  });

  it('leaves blocks it would not change out of its work, untouched', () => {
    const tree = parse('纯中文段落，没有需要替换的标点。\n\nIt\'s here.');
    const chinese = tree.children[0];
    run(remarkSmartPunctuation, tree);
    expect(tree.children[0]).toBe(chinese);
    expect(JSON.stringify(tree)).toContain('It’s here.');
  });

  // The book itself: every chapter in both languages comes out exactly as remark-smartypants makes it.
  const content = path.resolve('content');
  const chapters = ['zh', 'en'].flatMap((locale) =>
    readdirSync(path.join(content, locale))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => path.join(locale, file)),
  );
  it.each(chapters)('gives content/%s the same text as remark-smartypants on the whole chapter', (file) => {
    const source = readFileSync(path.join(content, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    expect(run(remarkSmartPunctuation, parse(source))).toEqual(run(remarkSmartypants, parse(source)));
  });
});
