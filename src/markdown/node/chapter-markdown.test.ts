import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
