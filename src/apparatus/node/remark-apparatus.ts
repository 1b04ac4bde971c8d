import type { ElementContent } from 'hast';
import type { Heading, Link, Nodes, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { CAPTION_SEPARATOR, chapterApparatus, citationParts, type ApparatusOptions, type ChapterApparatus, type Resolved, type Target } from './chapter-apparatus';

/** What the figure plugins (authoring/remark-figures, diagrams/remark-mermaid) read to give a labelled figure its id and number. */
export interface NumberedFigure {
  id: string;
  /** "图 3.2" / "Figure 3.2". */
  name: string;
  /** Between the name and the caption: "　" / ": ". */
  separator: string;
}

/** A figure's caption start, as hast: the number in a span of its own, then the separator. */
export function captionNumber(figure: NumberedFigure): ElementContent[] {
  return [
    { type: 'element', tagName: 'span', properties: { className: ['caption-number'] }, children: [{ type: 'text', value: figure.name }] },
    { type: 'text', value: figure.separator },
  ];
}

/**
 * The book's apparatus in a chapter's tree: label lines go; labelled figures,
 * diagrams, tables and display formulas get their id and number; headings of
 * numbered chapters their section number (drawn by rehypeSectionNumbers,
 * after Astro has given them ids); citations and cross-references become
 * links; and the chapter ends with its references. Runs before the plugins
 * that turn images and Mermaid fences into figures, which read `data.figure`.
 */
export function remarkApparatus(options: ApparatusOptions) {
  return (tree: Root, file: VFile): void => {
    const apparatus = chapterApparatus(tree, file, options);
    for (const [paragraph, rest] of apparatus.leadingLabels) paragraph.children = rest.children;
    for (const [node, target] of apparatus.targets) number(node, target, apparatus);
    for (const [heading, section] of apparatus.sections) {
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, dataSectionNumber: section } };
    }
    for (const [text, { parent, runs }] of apparatus.references) {
      const at = parent.children.indexOf(text as never);
      parent.children.splice(at, 1, ...(runs.flatMap((run) => inline(run, apparatus)) as never[]));
    }
    // A table with a caption and no label still gets its caption, unnumbered.
    for (const [table, caption] of apparatus.captions) {
      if (!apparatus.targets.has(table)) wrap(table, { hName: 'figure', hProperties: { className: ['table-figure'] } }, { type: 'paragraph', data: { hName: 'figcaption' }, children: stripColon(caption.children) });
    }
    const captions = new Set<Nodes>(apparatus.captions.values());
    removeAll(tree, (node) => apparatus.labelLines.has(node as Paragraph) || captions.has(node));
    if (apparatus.bibliography.length > 0) tree.children.push(...references(apparatus));
  };
}

function number(node: Nodes, target: Target, apparatus: ChapterApparatus): void {
  const figure: NumberedFigure = { id: target.label, name: target.name, separator: CAPTION_SEPARATOR[apparatus.locale] };
  if (target.kind === 'fig') {
    node.data = { ...node.data, figure } as unknown as typeof node.data;
  } else if (target.kind === 'sec') {
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: target.label } };
  } else if (target.kind === 'eq' && node.type === 'math') {
    // The number stands beside the formula, outside KaTeX, so that copying the formula gives
    // the author's TeX alone (copy-tex copies KaTeX's annotation).
    wrap(node, { hName: 'div', hProperties: { id: target.label, className: ['equation'] } }, undefined, {
      type: 'paragraph',
      data: { hName: 'span', hProperties: { className: ['equation-number'] } },
      children: [{ type: 'text', value: `(${target.number})` }],
    });
  } else if (target.kind === 'tbl' && node.type === 'table') {
    const caption = apparatus.captions.get(node);
    const captionChildren = caption ? stripColon(caption.children) : [];
    wrap(node, { hName: 'figure', hProperties: { id: target.label, className: ['table-figure'] } }, {
      type: 'paragraph',
      data: { hName: 'figcaption' },
      children: [
        { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['caption-number'] } }, children: [{ type: 'text', value: target.name }] },
        ...(captionChildren.length > 0 ? [{ type: 'text', value: CAPTION_SEPARATOR[apparatus.locale] } as Text, ...captionChildren] : []),
      ],
    });
  }
}

/** Puts a block inside a new parent (a div or figure), keeping its place; `before` goes first inside, `after` last. */
function wrap(node: Nodes, data: { hName: string; hProperties: Record<string, unknown> }, before?: Paragraph, after?: Paragraph): void {
  const inner = { ...node } as RootContent;
  const outer = node as unknown as { type: string; children: RootContent[]; data: unknown; value?: unknown; position?: unknown };
  for (const key of Object.keys(outer)) if (key !== 'position') delete (outer as Record<string, unknown>)[key];
  // An mdast node type of our own: mdast-util-to-hast makes an element of it from `data.hName`.
  outer.type = 'apparatusBlock';
  outer.data = { ...data };
  outer.children = [...(before ? [before] : []), inner, ...(after ? [after] : [])];
}

function stripColon(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  const value = first.value.replace(/^:\s*/, '');
  return value ? [{ ...first, value }, ...rest] : rest;
}

const link = (url: string, className: string, value: string): Link => ({
  type: 'link',
  url,
  children: [{ type: 'text', value }],
  data: { hProperties: { className: [className] } },
});

function inline(run: Resolved, apparatus: ChapterApparatus): PhrasingContent[] {
  if (run.type === 'text') return [{ type: 'text', value: run.value }];
  if (run.type === 'xref') return [link(run.href, 'xref', run.text)];
  const parts = citationParts(apparatus.locale, run.items).map((part): PhrasingContent =>
    part.number === undefined ? { type: 'text', value: part.text } : link(`#ref-${run.items.find((i) => i.number === part.number)!.key}`, 'citation', part.text),
  );
  const numbers: PhrasingContent =
    apparatus.locale === 'zh'
      ? { type: 'emphasis', data: { hName: 'sup', hProperties: { className: ['citation-group'] } }, children: parts }
      : { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['citation-group'] } }, children: parts };
  if (!run.narrative) return [numbers];
  return [{ type: 'text', value: `${run.narrative}${apparatus.locale === 'zh' ? '' : ' '}` }, numbers];
}

/** The chapter's references: a heading (not numbered) and the entries, each with its number and id. */
function references(apparatus: ChapterApparatus): RootContent[] {
  const heading: Heading = {
    type: 'heading',
    depth: 2,
    children: [{ type: 'text', value: apparatus.referencesTitle }],
    data: { hProperties: { id: 'references', className: ['references-title'] } },
  };
  const items = apparatus.bibliography.map((entry) => ({
    type: 'apparatusBlock',
    data: {
      hName: 'li',
      hProperties: { id: `ref-${entry.key}` },
      hChildren: [
        { type: 'element', tagName: 'span', properties: { className: ['reference-number'] }, children: [{ type: 'text', value: `[${entry.number}]` }] },
        { type: 'text', value: ' ' },
        ...entry.hast,
      ] satisfies ElementContent[],
    },
    children: [],
  }));
  const list = { type: 'apparatusBlock', data: { hName: 'ol', hProperties: { className: ['references'] } }, children: items };
  return [heading, list as unknown as RootContent];
}

function removeAll(tree: Root, drop: (node: RootContent) => boolean): void {
  const walk = (parent: { children?: RootContent[] }) => {
    if (!parent.children) return;
    parent.children = parent.children.filter((child) => !drop(child));
    for (const child of parent.children) walk(child as { children?: RootContent[] });
  };
  walk(tree as { children?: RootContent[] });
}
