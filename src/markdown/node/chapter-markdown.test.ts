import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, Table, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { ChapterApparatus, Resolved } from '../../apparatus/node/chapter-apparatus';
import { chapterMarkdown, type MarkdownContext } from './chapter-markdown';

const context: MarkdownContext = {
  file: 'content/en/x.mdx',
  glossary: () => '- **term**: definition',
  image: (src) => `/_astro/${path.basename(src, path.extname(src))}.webp`,
};
const md = (body: string) => chapterMarkdown(body, context);

describe('chapterMarkdown', () => {
  it('keeps Markdown as written: formulas as TeX, diagrams and code in their fences, footnotes, alerts, tables', () => {
    const body = [
      '## Heading',
      'Inline $E = mc^2$ and a note.[^1]',
      '$$\n\\sum_{i=1}^n i\n$$',
      '```mermaid\nflowchart LR\n  A --> B\n```',
      '```python title="Example"\nimport numpy as np\n```',
      '> [!TIP]\n> A tip.',
      '| a | b |\n| --- | --- |\n| 1 | 2 |',
      '[^1]: The note.',
    ].join('\n\n');
    expect(md(body)).toBe(`${body}\n`);
  });

  it('drops imports and exports', () => {
    expect(md("import X from './x.astro';\nexport const y = 1;\n\nText.")).toBe('Text.\n');
  });

  it('turns a tab set into one labelled section per tab, Markdown inside kept', () => {
    const body = '<Tabs syncKey="os">\n<TabItem label="Linux">\n\nRun:\n\n```bash\nls\n```\n\n</TabItem>\n<TabItem label="Windows">\n\nUse `dir`.\n\n</TabItem>\n</Tabs>\n\nAfter.';
    expect(md(body)).toBe('**Linux**\n\nRun:\n\n```bash\nls\n```\n\n**Windows**\n\nUse `dir`.\n\nAfter.\n');
  });

  it('writes the glossary for <Glossary />', () => {
    expect(md('Intro.\n\n<Glossary />')).toBe('Intro.\n\n- **term**: definition\n');
  });

  it('points images at the files the site serves, alt text and title kept', () => {
    expect(md('![A plot](./images/plot.png "The caption")')).toBe('![A plot](/_astro/plot.webp "The caption")\n');
  });

  it('stops the build on a component without a Markdown form, naming file, line and column', () => {
    expect(() => md('Text.\n\n<Chart data="x" />')).toThrow('content/en/x.mdx:3:1: <Chart> has no Markdown form');
  });

  it('stops the build on a {…} expression', () => {
    expect(() => md('Text {1 + 1}.')).toThrow(/content\/en\/x\.mdx:1:6: a \{…\} expression has no Markdown form/);
  });

  it('drops a {/* comment */}, which the page does not show either', () => {
    expect(md('Before.\n\n{/* XREF: other#topic */}\n\nAfter.')).toBe('Before.\n\nAfter.\n');
  });

  it('stops the build on a tab set holding something else than tabs', () => {
    expect(() => md('<Tabs>\n<Glossary />\n</Tabs>')).toThrow(/x\.mdx:2:1: <Tabs> may only hold <TabItem> elements/);
  });

  it('has a Markdown form for every component and directive the book uses', () => {
    const root = path.resolve('content');
    for (const locale of ['zh', 'en']) {
      for (const name of readdirSync(path.join(root, locale)).filter((f) => f.endsWith('.mdx'))) {
        const file = `content/${locale}/${name}`;
        const body = readFileSync(path.join(root, locale, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
        const out = chapterMarkdown(body, { ...context, file });
        expect(out, file).not.toMatch(/<\/?(Tabs|TabItem|Glossary)\b|^import .* from ['"]/m);
        // Every formula, diagram and code block of the source is still there.
        for (const marker of ['```mermaid', '$$']) {
          expect(out.split(marker).length, `${file} ${marker}`).toBe(body.split(marker).length);
        }
      }
    }
  });

  describe('with the apparatus', () => {
    const parse = (body: string) => unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGfm).parse(body) as Root;
    /** An apparatus that resolves `[@x]` to "Table 1.1" and numbers the first table, as chapterApparatus would. */
    const apparatusOf = (tree: Root): ChapterApparatus => {
      const references: ChapterApparatus['references'] = new Map();
      visit(tree, 'text', (node: Text, _i, parent) => {
        if (!node.value.includes('[@x]')) return;
        const runs: Resolved[] = node.value.split('[@x]').flatMap((value, i): Resolved[] => [
          ...(i > 0 ? [{ type: 'xref', label: 'tbl-x', href: '#tbl-x', text: 'Table 1.1' } as const] : []),
          { type: 'text', value },
        ]);
        references.set(node, { parent: parent!, runs });
      });
      const table = tree.children.find((c): c is Table => c.type === 'table');
      return {
        locale: 'en',
        chapter: 1,
        labelLines: new Set(),
        leadingLabels: new Map(),
        targets: new Map(table ? [[table, { label: 'tbl-x', kind: 'tbl', number: '1.1', name: 'Table 1.1' }]] : []),
        sections: new Map(),
        captions: new Map(),
        references,
        bibliography: [],
        referencesTitle: 'References',
      };
    };
    const withApparatus = (body: string) => {
      const tree = parse(body);
      return chapterMarkdown(body, { ...context, apparatus: apparatusOf(tree) }, tree);
    };

    it('keeps a callout quoted when a reference in it is resolved', () => {
      expect(withApparatus('> [!NOTE]\n> As [@x] shows.')).toBe('> [!NOTE]\n> As Table 1.1 shows.\n');
    });

    it('resolves references inside a labelled table', () => {
      expect(withApparatus('| a | b |\n| --- | --- |\n| [@x] | 2 |')).toBe('| a | b |\n| --- | --- |\n| Table 1.1 | 2 |\n\n*Table 1.1*\n');
    });
  });
});
