import type { Heading, Nodes, Paragraph, Parent, Root, RootContent, Table, Text } from 'mdast';
import path from 'node:path';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Locale } from '../../i18n/locales';
import { ui } from '../../i18n/ui';
import { loadBibliography, type Bibliography, type FormattedEntry } from './bibliography';
import { bookIndex, type IndexedLabel } from './book-index';
import { soleImage } from '../../authoring/node/sole-image';
import { kindOf, LEADING_LABEL, labelOfLine, SECTION_DEPTHS, type LabelKind } from './labels';
import { isCrossReference, parseReferences, type ReferenceItem } from './reference-syntax';

export interface ApparatusOptions {
  /** The folder holding parts.yaml and the zh/ and en/ chapters. */
  contentDir: string;
  /** The BibTeX file both languages cite from. */
  bibliography: string;
  /** The language of the file being compiled. */
  localeOf: (file: VFile) => Locale;
}

/** A labelled figure, table, equation or section, numbered. */
export interface Target {
  label: string;
  kind: LabelKind;
  /** "3.2", "2.1.3". */
  number: string;
  /** "图 3.2", "Figure 3.2", "式 (3.4)": what a reference to it and its caption say. */
  name: string;
}

/** A citation or cross-reference in the text, resolved. */
export type Resolved =
  | { type: 'text'; value: string }
  | { type: 'xref'; label: string; href: string; text: string }
  | { type: 'cite'; narrative: string | undefined; items: { key: string; number: number; locator?: string }[] };

/** Everything the apparatus decides about one chapter, from its Markdown tree, before anything changes it. */
export interface ChapterApparatus {
  locale: Locale;
  /** The chapter's number, or null in an unnumbered part. */
  chapter: number | null;
  /** Label lines, to be removed. */
  labelLines: Set<Paragraph>;
  /** Figures whose label is their paragraph's first line: the paragraph without it. */
  leadingLabels: Map<Paragraph, Paragraph>;
  /** Labelled nodes: a figure's paragraph or Mermaid fence, a table, a display formula, a heading. */
  targets: Map<Nodes, Target>;
  /** ## and ### headings of a numbered chapter: "2.1", "2.1.3". */
  sections: Map<Heading, string>;
  /** A table's caption paragraph (`: Caption` just after it). */
  captions: Map<Table, Paragraph>;
  /** Text runs holding citations or cross-references, with the node that holds each. */
  references: Map<Text, { parent: Parent; runs: Resolved[] }>;
  /** The chapter's bibliography, in order of first citation. */
  bibliography: FormattedEntry[];
  /** "References" / "参考文献". */
  referencesTitle: string;
}

const KIND_NAMES: Record<LabelKind, string> = { fig: 'a figure (an image alone in its paragraph, or a ```mermaid diagram)', tbl: 'a table', eq: 'a display formula ($$ … $$)', sec: 'a ## or ### heading' };

const fits = (kind: LabelKind, node: RootContent | undefined): boolean => {
  if (!node) return false;
  if (kind === 'fig') return (node.type === 'code' && node.lang === 'mermaid') || soleImage(node) !== undefined;
  if (kind === 'tbl') return node.type === 'table';
  if (kind === 'eq') return node.type === 'math';
  return node.type === 'heading' && (SECTION_DEPTHS as readonly number[]).includes(node.depth);
};

const labelLine = (node: RootContent): string | undefined =>
  node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'text' ? labelOfLine(node.children[0].value) : undefined;

/** A label on the first line of a paragraph whose next line is the figure (`(fig-x)=` then `![…](…)`, no blank line between). */
export function leadingLabel(node: Paragraph): { label: string; rest: Paragraph } | undefined {
  const first = node.children[0];
  if (first?.type !== 'text') return undefined;
  const match = LEADING_LABEL.exec(first.value);
  if (!match) return undefined;
  const value = first.value.slice(match[0].length);
  const rest = value.trim() === '' ? node.children.slice(1) : [{ ...first, value }, ...node.children.slice(1)];
  return { label: match[1]!, rest: { ...node, children: rest } };
}

/** A table caption: a paragraph just after the table that starts with `: ` (Pandoc's syntax). */
const isCaption = (node: RootContent | undefined): node is Paragraph =>
  node?.type === 'paragraph' && node.children[0]?.type === 'text' && /^:\s/.test(node.children[0].value);

/** Between a caption's number and its text: an ideographic space in Chinese, a colon in English. */
export const CAPTION_SEPARATOR: Record<Locale, string> = { zh: '　', en: ': ' };

const fill = (template: string, n: string) => template.replace('{n}', n);

export function nameOf(locale: Locale, kind: LabelKind, number: string): string {
  return fill(ui[locale][`xref.${kind}`], number);
}

/** The apparatus of the chapter being compiled, worked out once and shared by the plugins that need it. */
export function chapterApparatus(tree: Root, file: VFile, options: ApparatusOptions): ChapterApparatus {
  const data = file.data as { apparatus?: ChapterApparatus };
  data.apparatus ??= analyse(tree, file, options);
  return data.apparatus;
}

function analyse(tree: Root, file: VFile, options: ApparatusOptions): ChapterApparatus {
  const locale = options.localeOf(file);
  const slug = path.basename(file.path, path.extname(file.path));
  const index = bookIndex(options.contentDir);
  const indexed = index.chapter(locale, slug);
  const chapter = indexed?.number ?? null;
  const result: ChapterApparatus = {
    locale,
    chapter,
    labelLines: new Set(),
    leadingLabels: new Map(),
    targets: new Map(),
    sections: new Map(),
    captions: new Map(),
    references: new Map(),
    bibliography: [],
    referencesTitle: ui[locale]['references.title'],
  };
  const prefix = chapter === null ? [] : [chapter];
  const counters = { fig: 0, tbl: 0, eq: 0 };
  const section = [0, 0];
  const cited = new Map<string, number>();
  // Read (or found unchanged) once per chapter, and only if the chapter cites.
  let entries: Bibliography | undefined;
  const bibliography = () => (entries ??= loadBibliography(options.bibliography));

  visit(tree, (node: Nodes, position: number | undefined, parent: Parent | undefined) => {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      if (node.depth === 2) {
        section[0]! += 1;
        section[1] = 0;
      } else section[1]! += 1;
      const parts = node.depth === 2 ? [section[0]!] : [section[0]!, section[1]!];
      if (chapter !== null) result.sections.set(node, [...prefix, ...parts].join('.'));
    }
    if (node.type === 'table') {
      const next = parent?.children[position! + 1];
      if (isCaption(next)) result.captions.set(node, next);
    }
    if (node.type === 'paragraph' && parent && position !== undefined) {
      const leading = leadingLabel(node);
      const label = labelLine(node) ?? leading?.label;
      if (label) {
        const kind = kindOf(label);
        const target = leading ? leading.rest : parent.children[position + 1];
        if (leading) result.leadingLabels.set(node, leading.rest);
        if (!fits(kind, target)) {
          file.fail(`Label (${label})= must stand on the line just before ${KIND_NAMES[kind]}; a "${kind}-" label names nothing else`, node, 'apparatus:label-target');
        }
        if (!leading) result.labelLines.add(node);
        let number: string;
        if (kind === 'sec') {
          const heading = target as Heading;
          number = [...prefix, ...(heading.depth === 2 ? [section[0]! + 1] : [section[0]!, section[1]! + 1])].join('.');
        } else number = [...prefix, (counters[kind] += 1)].join('.');
        const known = index.label(locale, label);
        if (!known || known.number !== number || known.chapter.slug !== slug) {
          file.fail(
            `Label (${label})= numbers ${number} here, but the book's index read ${known ? `${known.number} in ${known.chapter.file}` : 'nothing'}: write it on a line of its own, outside components`,
            node,
            'apparatus:index',
          );
        }
        result.targets.set(leading ? node : (target as Nodes), { label, kind, number, name: nameOf(locale, kind, number) });
        return SKIP;
      }
    }
    if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode' || node.type === 'code') return SKIP;
    if (node.type !== 'text') return undefined;
    const segments = parseReferences(node.value);
    if (!segments) return undefined;
    const resolved: Resolved[] = [];
    for (const segment of segments) {
      if (segment.type === 'text') {
        resolved.push(segment);
        continue;
      }
      const xrefs = segment.items.filter((item) => isCrossReference(item.key));
      if (xrefs.length > 0) {
        if (xrefs.length !== segment.items.length) {
          file.fail(`${segment.source} mixes cross-references and citations: write them separately`, node, 'apparatus:mixed');
        }
        segment.items.forEach((item, i) => {
          const target = index.label(locale, item.key);
          if (!target) {
            file.fail(`Unknown label "${item.key}" in ${segment.source}: no (${item.key})= in the ${locale} chapters`, node, 'apparatus:unknown-label');
          }
          if (i > 0) resolved.push({ type: 'text', value: locale === 'zh' ? '、' : ', ' });
          resolved.push({ type: 'xref', label: item.key, href: hrefOf(target, slug), text: referenceText(locale, target) + (item.locator ? ` ${item.locator}` : '') });
        });
        continue;
      }
      const items = segment.items.map((item: ReferenceItem) => {
        if (!bibliography().keys.has(item.key)) {
          file.fail(`Unknown citation key "${item.key}" in ${segment.source}: it is not in ${options.bibliography}`, node, 'apparatus:unknown-citation');
        }
        if (!cited.has(item.key)) cited.set(item.key, cited.size + 1);
        return { key: item.key, number: cited.get(item.key)!, ...(item.locator ? { locator: item.locator } : {}) };
      });
      resolved.push({ type: 'cite', narrative: segment.narrative ? bibliography().narrative(items[0]!.key, locale) : undefined, items });
    }
    if (locale === 'zh') spaceAfterNumbers(resolved);
    result.references.set(node, { parent: parent!, runs: resolved });
    return undefined;
  });
  if (cited.size > 0) result.bibliography = bibliography().format([...cited.keys()], locale);
  return result;
}

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Chinese text puts a space between a number and the characters after it: “如图 3.2 所示”, as the book writes “2017 年”. */
function spaceAfterNumbers(runs: Resolved[]): void {
  runs.forEach((run, i) => {
    const next = runs[i + 1];
    if (run.type === 'xref' && /[\d)]$/.test(run.text) && next?.type === 'text' && CJK.test(next.value)) next.value = ` ${next.value}`;
  });
}

/** Within the chapter, the anchor; in another one, its page's (chapter pages are siblings). */
function hrefOf(target: IndexedLabel, slug: string): string {
  return target.chapter.slug === slug ? `#${target.label}` : `../${target.chapter.slug}/#${target.label}`;
}

/** A numbered target by its name; a section of an unnumbered chapter by its title. */
function referenceText(locale: Locale, target: IndexedLabel): string {
  if (target.kind === 'sec' && target.chapter.number === null) return `“${target.title}”`;
  return nameOf(locale, target.kind, target.number);
}

/** A citation's numbers as they read in the text: IEEE "[1, p. 5]" each; GB/T 7714 one superscript group "[1,3]" or "[1-3]" (runs of three or more joined). */
export function citationParts(locale: Locale, items: readonly { number: number; locator?: string }[]): { text: string; number?: number }[] {
  if (locale === 'en') {
    return items.flatMap((item, i) => [
      ...(i > 0 ? [{ text: ', ' }] : []),
      { text: `[${item.number}${item.locator ? `, ${item.locator}` : ''}]`, number: item.number },
    ]);
  }
  const parts: { text: string; number?: number }[] = [{ text: '[' }];
  const sorted = [...items].sort((a, b) => a.number - b.number);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.number === sorted[j]!.number + 1 && !sorted[j]!.locator) j += 1;
    if (parts.length > 1) parts.push({ text: ',' });
    if (j - i >= 2) parts.push({ text: String(sorted[i]!.number), number: sorted[i]!.number }, { text: '-' }, { text: String(sorted[j]!.number), number: sorted[j]!.number });
    else for (let k = i; k <= j; k += 1) parts.push(...(k > i ? [{ text: ',' }] : []), { text: String(sorted[k]!.number), number: sorted[k]!.number });
    i = j + 1;
  }
  parts.push({ text: ']' });
  const locators = sorted.filter((item) => item.locator).map((item) => item.locator);
  if (locators.length > 0) parts.push({ text: locators.join(',') });
  return parts;
}

/** A resolved run as plain text, for the Markdown of the chapter. */
export function resolvedText(locale: Locale, run: Resolved): string {
  if (run.type === 'text') return run.value;
  if (run.type === 'xref') return run.text;
  const numbers = citationParts(locale, run.items).map((part) => part.text).join('');
  return run.narrative ? `${run.narrative}${locale === 'zh' ? '' : ' '}${numbers}` : numbers;
}
