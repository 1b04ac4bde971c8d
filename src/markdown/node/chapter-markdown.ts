import type { Image, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { diagramInfo } from '../../diagrams/node/diagram-source';
import { CAPTION_SEPARATOR, resolvedText, type ChapterApparatus } from '../../apparatus/node/chapter-apparatus';

/**
 * A chapter as plain Markdown, for readers' tools (`/<slug>/index.md`,
 * `llms-full.txt`), made from the same MDX source as the page. Everything
 * Markdown already says stays exactly as the author wrote it: formulas as
 * `$…$` / `$$…$$`, diagrams as ```mermaid fences, code with its language,
 * footnotes, tables, GitHub alerts. What only MDX can say becomes Markdown:
 * imports and exports go, a tab set becomes one labelled section per tab,
 * `<Glossary />` becomes the list of terms, and an image points at the file
 * the site serves. Anything else (another component, a `{…}` expression)
 * has no Markdown form and stops the build with the file and line.
 */
export interface MarkdownContext {
  /** The source file, for error messages. */
  file: string;
  /** The glossary's terms as Markdown, for `<Glossary />`. */
  glossary: () => string;
  /** The URL the site serves an image at, from its path in the source. */
  image: (src: string) => string;
  /** Numbers, cross-references, citations and references (src/apparatus), resolved to plain text. */
  apparatus?: ChapterApparatus;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGfm);

/** MDX's JSX elements (remark-mdx adds them to mdast's node types). */
type Jsx = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type JsxAttribute = Extract<Jsx['attributes'][number], { type: 'mdxJsxAttribute' }>;
const isJsx = (node: Nodes): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
/** Nodes the Markdown cannot keep as written. */
const needsMdxWork = (node: Nodes): boolean =>
  isJsx(node) || node.type === 'mdxjsEsm' || node.type === 'image' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';

/**
 * `body` is the MDX source; `tree`, when the caller already has it (the build's own
 * Markdown pipeline does), is its mdast with positions into `body`.
 */
export function chapterMarkdown(body: string, context: MarkdownContext, tree: Root = parser.parse(body) as Root): string {
  const apparatus = context.apparatus;
  /** Tables' caption paragraphs: written with their table, not where they stand. */
  const captionParagraphs = new Set<Nodes>(apparatus?.captions.values());
  const needsWork = (node: Nodes): boolean =>
    needsMdxWork(node) ||
    (apparatus !== undefined &&
      (apparatus.labelLines.has(node as never) ||
        captionParagraphs.has(node) ||
        apparatus.targets.has(node) ||
        apparatus.sections.has(node as never) ||
        apparatus.captions.has(node as never) ||
        apparatus.references.has(node as never)));
  const hasWork = (node: Nodes): boolean => needsWork(node) || ('children' in node && (node.children as Nodes[]).some(hasWork));
  const where = (node: Nodes) => `${context.file}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;
  const slice = (node: Nodes) => body.slice(node.position!.start.offset, node.position!.end.offset);

  /** The node's Markdown: its source, with the nodes inside it that need work replaced. */
  const render = (node: Nodes): string => {
    if (needsWork(node)) return convert(node);
    if (!('children' in node) || !hasWork(node)) return slice(node);
    return spliced(node);
  };

  /** The source from `start` to `end` with the children of `node` that need work replaced. */
  const splice = (node: Nodes, start: number, end: number): string => {
    let out = '';
    let at = start;
    for (const child of 'children' in node ? (node.children as Nodes[]) : []) {
      if (!hasWork(child)) continue;
      out += body.slice(at, child.position!.start.offset) + render(child);
      at = child.position!.end.offset!;
    }
    return out + body.slice(at, end);
  };
  /** The node's source with its children that need work replaced (for a node kept as written, or a labelled table). */
  const spliced = (node: Nodes): string => splice(node, node.position!.start.offset!, node.position!.end.offset!);
  /** A node's children as written (its own markers left out), with the ones that need work replaced. */
  const inner = (node: Nodes): string => {
    const children = 'children' in node ? (node.children as Nodes[]) : [];
    return children.length === 0 ? '' : splice(node, children[0]!.position!.start.offset!, children.at(-1)!.position!.end.offset!);
  };

  /** Block children, each rendered, a blank line apart. */
  const blocks = (nodes: readonly Nodes[]) =>
    nodes
      .map(render)
      .filter((text) => text.trim() !== '')
      .join('\n\n');

  /** What the apparatus changes: label lines go, numbers and references are written out. */
  const numbered = (node: Nodes): string | undefined => {
    if (!apparatus) return undefined;
    if (apparatus.labelLines.has(node as never) || captionParagraphs.has(node)) return '';
    const references = apparatus.references.get(node as never);
    if (references) return keepLinePrefixes(node, references.runs.map((run) => resolvedText(apparatus.locale, run)).join(''));
    const section = apparatus.sections.get(node as never);
    const target = apparatus.targets.get(node);
    if (node.type === 'heading' && section) return `${'#'.repeat(node.depth)} ${section} ${inner(node)}`;
    const separator = CAPTION_SEPARATOR[apparatus.locale];
    const caption = node.type === 'table' ? apparatus.captions.get(node) : undefined;
    const captionText = caption ? inner(caption).replace(/^:\s*/, '') : '';
    if (node.type === 'table' && !target) return `${spliced(node)}\n\n*${captionText}*`;
    if (!target) return undefined;
    if (node.type === 'math') return `$$\n${node.value}\n\\tag{${target.number}}\n$$`;
    if (node.type === 'code') return `${slice(node)}\n\n*${target.name}${separator}${diagramInfo(node.value).title ?? ''}*`;
    if (node.type === 'table') return `${spliced(node)}\n\n*${target.name}${captionText ? `${separator}${captionText}` : ''}*`;
    if (node.type === 'paragraph') {
      const picture = node.children.find((child): child is Image => child.type === 'image')!;
      return image(picture, `${target.name}${picture.title ? `${separator}${picture.title}` : ''}`);
    }
    return undefined;
  };

  /**
   * A text node's value lacks what its source lines start with after the first: a
   * blockquote's `> `, a list item's indent. Resolved text gets them back, line by line.
   */
  const keepLinePrefixes = (node: Nodes, text: string): string => {
    const value = (node as { value?: string }).value ?? '';
    const source = slice(node).split('\n');
    const lines = text.split('\n');
    const original = value.split('\n');
    if (source.length < 2 || lines.length !== source.length || original.length !== source.length) return text;
    const prefixes = source.map((line, i) => {
      const written = line.trimEnd();
      const content = original[i]!.trimEnd();
      return written.endsWith(content) ? written.slice(0, written.length - content.length) : undefined;
    });
    if (prefixes.some((prefix) => prefix === undefined)) return text;
    return lines.map((line, i) => (i === 0 ? line : prefixes[i]! + line)).join('\n');
  };

  const convert = (node: Nodes): string => {
    const resolved = numbered(node);
    if (resolved !== undefined) return resolved;
    if (node.type === 'mdxjsEsm') return '';
    if (node.type === 'image') return image(node);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // `{/* … */}` shows nothing on the page, so it has nothing to say in Markdown either.
      if (/^\s*\/\*[\s\S]*?\*\/\s*$/.test(node.value)) return '';
      throw new Error(`${where(node)}: a {…} expression has no Markdown form; write the text itself`);
    }
    const element = node as Jsx;
    if (element.name === 'Tabs') {
      const items = element.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      return items
        .map((item) => {
          if (!isJsx(item as Nodes) || (item as Jsx).name !== 'TabItem') throw new Error(`${where(item as Nodes)}: <Tabs> may only hold <TabItem> elements`);
          const label = attribute(item as Jsx, 'label');
          if (!label) throw new Error(`${where(item as Nodes)}: <TabItem> needs a label`);
          return `**${label}**\n\n${blocks((item as Jsx).children as Nodes[])}`;
        })
        .join('\n\n');
    }
    if (element.name === 'Glossary') return context.glossary();
    throw new Error(`${where(node)}: <${element.name ?? ''}> has no Markdown form (src/markdown/node/chapter-markdown.ts)`);
  };

  const image = (node: Image, caption = node.title) => {
    const title = caption ? ` "${caption.replace(/"/g, '\\"')}"` : '';
    return `![${node.alt ?? ''}](${context.image(node.url)}${title})`;
  };

  const references =
    apparatus && apparatus.bibliography.length > 0
      ? `\n\n## ${apparatus.referencesTitle}\n\n${apparatus.bibliography.map((entry) => `[${entry.number}] ${entry.markdown}`).join('\n\n')}`
      : '';
  return `${blocks(tree.children as Nodes[]).trim()}${references}\n`;
}

function attribute(element: Jsx, name: string): string | undefined {
  const found = element.attributes.find((a): a is JsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}
