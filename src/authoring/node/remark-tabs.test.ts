import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkTabs, tabSets } from './remark-tabs';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;

/** Runs the plugin; returns the tree, or throws the plugin's error. */
function run(mdx: string): Root {
  const tree = parse(mdx);
  remarkTabs()(tree, new VFile({ path: 'content/en/x.mdx', value: mdx }));
  return tree;
}

/** The thrown VFileMessage (file.fail), for its reason, file and line. */
function failure(mdx: string) {
  try {
    run(mdx);
  } catch (error) {
    return error as { reason: string; message: string; file: string; line: number; column: number };
  }
  throw new Error('expected the plugin to fail');
}

const attributes = (tree: Root, name: string) => {
  const found: Record<string, unknown>[] = [];
  visit(tree, (node) => {
    const element = node as MdxJsxFlowElement;
    if (element.type === 'mdxJsxFlowElement' && element.name === name) {
      found.push(Object.fromEntries(element.attributes.map((a) => [(a as { name: string }).name, a.value])));
    }
  });
  return found;
};

const tabs = (...labels: string[]) =>
  ['<Tabs syncKey="os">', '', ...labels.map((l) => `<TabItem label="${l}">\n\nText for ${l}.\n\n</TabItem>\n`), '</Tabs>', ''].join('\n');

describe('remarkTabs', () => {
  it('gives each tab set its labels as JSON and a numbered id, and each item its index', () => {
    const tree = run(`Intro.\n\n${tabs('Linux', 'macOS', 'Windows')}\n${tabs('pip', 'conda')}`);
    expect(attributes(tree, 'Tabs')).toEqual([
      { syncKey: 'os', labels: '["Linux","macOS","Windows"]', id: 'tabs-1' },
      { syncKey: 'os', labels: '["pip","conda"]', id: 'tabs-2' },
    ]);
    expect(attributes(tree, 'TabItem').map((a) => [a.label, a.index, a.tabsId])).toEqual([
      ['Linux', '0', 'tabs-1'],
      ['macOS', '1', 'tabs-1'],
      ['Windows', '2', 'tabs-1'],
      ['pip', '0', 'tabs-2'],
      ['conda', '1', 'tabs-2'],
    ]);
  });

  it('keeps the Markdown inside an item as Markdown', () => {
    const tree = run(tabs('a', 'b').replace('Text for a.', '```bash\nls\n```'));
    const item = (tree.children[0] as MdxJsxFlowElement).children[0] as MdxJsxFlowElement;
    expect(item.children.map((c) => c.type)).toEqual(['code']);
  });

  it('accepts tabs without syncKey, and numbers nested sets after their parent', () => {
    const inner = '<Tabs>\n\n<TabItem label="x">\n\nX\n\n</TabItem>\n<TabItem label="y">\n\nY\n\n</TabItem>\n\n</Tabs>';
    const tree = run(`<Tabs>\n\n<TabItem label="a">\n\n${inner}\n\n</TabItem>\n<TabItem label="b">\n\nB\n\n</TabItem>\n\n</Tabs>\n`);
    expect(attributes(tree, 'Tabs').map((a) => [a.id, a.labels])).toEqual([
      ['tabs-1', '["a","b"]'],
      ['tabs-2', '["x","y"]'],
    ]);
  });

  it.each([
    ['one item', tabs('Linux'), /at least 2 <TabItem>s, found 1/, 1],
    ['duplicate labels', tabs('pip', 'pip'), /two <TabItem>s labelled "pip"/, 9],
    ['an empty label', tabs('Linux', ' '), /needs a non-empty label/, 9],
    ['a missing label', tabs('a', 'b').replace('<TabItem label="b">', '<TabItem>'), /needs a non-empty label/, 9],
    ['an expression label', tabs('a', 'b').replace('label="b"', 'label={"b"}'), /needs a non-empty label/, 9],
    ['text between items', tabs('a', 'b').replace('</TabItem>\n\n<TabItem', '</TabItem>\n\nStray text.\n\n<TabItem'), /only <TabItem> elements, found a paragraph/, 1],
    ['another component inside', tabs('a', 'b').replace('<TabItem label="b">\n\nText for b.\n\n</TabItem>', '<Glossary />'), /found <Glossary>/, 1],
    ['a bad syncKey', tabs('a', 'b').replace('syncKey="os"', 'syncKey="OS key"'), /syncKey="OS key".*lowercase letters, digits and hyphens/, 1],
    ['an expression syncKey', tabs('a', 'b').replace('syncKey="os"', 'syncKey={"os"}'), /syncKey> must be a plain string/, 1],
    ['an unknown attribute', tabs('a', 'b').replace('syncKey="os"', 'id="mine"'), /takes only a syncKey attribute, not id/, 1],
  ])('fails on %s, with the file and the line', (_what, mdx, message, line) => {
    const error = failure(mdx);
    expect(error.reason).toMatch(message);
    expect(error.file).toBe('content/en/x.mdx');
    expect(error.line).toBe(line);
    expect(error.column).toBe(1);
  });

  it('fails on a TabItem outside Tabs', () => {
    const error = failure('Text.\n\n<TabItem label="a">\n\nA\n\n</TabItem>\n');
    expect(error.reason).toMatch(/<TabItem> must be a direct child of <Tabs>/);
    expect(error.line).toBe(3);
  });

  it('leaves a chapter without tabs alone', () => {
    const tree = run('## Heading\n\nText with <Glossary />.\n');
    expect(tree).toEqual(parse('## Heading\n\nText with <Glossary />.\n'));
  });
});

describe('tabSets', () => {
  it('lists the labels of each tab set, so the two languages of a chapter can be compared', () => {
    const tree = parse(`${tabs('Linux', 'macOS', 'Windows')}\nText.\n\n${tabs('pip', 'conda')}`);
    expect(tabSets(tree)).toEqual([
      ['Linux', 'macOS', 'Windows'],
      ['pip', 'conda'],
    ]);
    expect(tabSets(parse('No tabs here.'))).toEqual([]);
  });
});
