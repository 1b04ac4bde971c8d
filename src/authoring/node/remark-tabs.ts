import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** What `syncKey` may be: it becomes part of a localStorage key and a data attribute. */
export const SYNC_KEY = /^[a-z0-9-]+$/;

const isJsx = (node: unknown, name: string): node is JsxElement => {
  const n = node as JsxElement;
  return (n?.type === 'mdxJsxFlowElement' || n?.type === 'mdxJsxTextElement') && n.name === name;
};

const attribute = (node: JsxElement, name: string): MdxJsxAttribute | undefined =>
  node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);

/** A string attribute's value; undefined when missing, null when it is not a plain string. */
function stringAttribute(node: JsxElement, name: string): string | null | undefined {
  const found = attribute(node, name);
  if (!found) return undefined;
  return typeof found.value === 'string' ? found.value : null;
}

function setAttribute(node: JsxElement, name: string, value: string): void {
  const found = attribute(node, name);
  if (found) found.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Whitespace, and `{/* comments *\/}`, may sit between the items. */
function isBlank(node: { type: string; value?: unknown }): boolean {
  if (node.type === 'text') return /^\s*$/.test(String(node.value));
  if (node.type === 'mdxFlowExpression') return /^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value));
  return false;
}

const describeNode = (node: { type: string; name?: unknown }) =>
  node.type.startsWith('mdxJsx') ? `<${String(node.name ?? '')}>` : `a ${node.type}`;

/**
 * The problem with a `<Tabs>` element, or its labels. Used by the plugin and
 * by `tabSets`, so both read a tab set the same way.
 */
function inspect(tabs: JsxElement): { labels: string[]; items: JsxElement[]; problem?: { message: string; node: JsxElement } } {
  const items: JsxElement[] = [];
  const labels: string[] = [];
  let problem: { message: string; node: JsxElement } | undefined;
  const fail = (message: string, node: JsxElement = tabs) => {
    problem ??= { message, node };
  };

  if (tabs.type === 'mdxJsxTextElement') fail('<Tabs> must stand on lines of its own, with a blank line before it');
  for (const a of tabs.attributes) {
    if (a.type !== 'mdxJsxAttribute') fail('<Tabs> takes no {...spread} attributes');
    else if (a.name !== 'syncKey') fail(`<Tabs> takes only a syncKey attribute, not ${a.name}`);
  }
  const syncKey = stringAttribute(tabs, 'syncKey');
  if (syncKey === null) fail('<Tabs syncKey> must be a plain string, e.g. syncKey="os"');
  else if (syncKey !== undefined && !SYNC_KEY.test(syncKey)) {
    fail(`<Tabs syncKey="${syncKey}"> may contain only lowercase letters, digits and hyphens`);
  }

  for (const child of tabs.children) {
    if (isBlank(child)) continue;
    if (!isJsx(child, 'TabItem')) {
      fail(`<Tabs> may contain only <TabItem> elements, found ${describeNode(child)}`);
      continue;
    }
    items.push(child);
    for (const a of child.attributes) {
      if (a.type !== 'mdxJsxAttribute' || a.name !== 'label') fail('<TabItem> takes only a label attribute', child);
    }
    const label = stringAttribute(child, 'label');
    if (typeof label !== 'string' || label.trim() === '') {
      fail('<TabItem> needs a non-empty label, e.g. <TabItem label="Linux">', child);
      labels.push('');
      continue;
    }
    if (labels.includes(label.trim())) fail(`<Tabs> has two <TabItem>s labelled "${label.trim()}"; labels must be unique`, child);
    labels.push(label.trim());
  }
  if (items.length < 2) fail(`<Tabs> needs at least 2 <TabItem>s, found ${items.length}`);
  return problem ? { labels, items, problem } : { labels, items };
}

/** The labels of every tab set of a chapter, in document order (nested sets after their parent). */
export function tabSets(tree: Root): string[][] {
  const sets: string[][] = [];
  visit(tree, (node) => {
    if (isJsx(node, 'Tabs')) sets.push(inspect(node).labels);
  });
  return sets;
}

/**
 * Checks every `<Tabs>` of a chapter and gives the components what they need
 * to render without parsing HTML: `<Tabs labels='["Linux","macOS"]' id="tabs-1">`
 * (n-th tab set of the file) and `<TabItem index="0" tabsId="tabs-1">`.
 * A mistake stops the build with the file, the line and what is wrong.
 */
export function remarkTabs() {
  return (tree: Root, file: VFile): void => {
    let count = 0;
    visit(tree, (node, _index, parent) => {
      if (isJsx(node, 'TabItem') && !isJsx(parent, 'Tabs')) {
        file.fail('<TabItem> must be a direct child of <Tabs>', node);
      }
      if (!isJsx(node, 'Tabs')) return;
      const { labels, items, problem } = inspect(node);
      if (problem) file.fail(problem.message, problem.node);
      count += 1;
      const id = `tabs-${count}`;
      setAttribute(node, 'labels', JSON.stringify(labels));
      setAttribute(node, 'id', id);
      items.forEach((item, i) => {
        setAttribute(item, 'label', labels[i] ?? '');
        setAttribute(item, 'index', String(i));
        setAttribute(item, 'tabsId', id);
      });
    });
  };
}
