import { readFileSync } from 'node:fs';
import type { GlossaryTerm } from './glossary';
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { parse } from 'yaml';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

export interface GlossaryLinkTerm {
  id: string;
  /** The term's name in each language. */
  names: Record<string, string>;
}

export interface GlossaryLinkOptions {
  terms: readonly GlossaryLinkTerm[];
  /** The language of a chapter file, or undefined for files that get no links (the glossary itself). */
  localeOf: (file: VFile) => string | undefined;
  /** The link to a term's entry, relative to a chapter page: `../glossary/#id`. */
  href: (id: string) => string;
}

/** Glossary terms (content/glossary.yaml), as this plugin needs them. */
export function glossaryLinkTerms(terms: readonly GlossaryTerm[]): GlossaryLinkTerm[] {
  return terms.map((entry) => ({ id: entry.id, names: { zh: entry.zh, en: entry.en } }));
}

/** content/glossary.yaml as it stands (the glossary collection checks it against its schema). */
export function readGlossary(file: string): GlossaryTerm[] {
  return (parse(readFileSync(file, 'utf8')) as GlossaryTerm[] | null) ?? [];
}

/** Where a term's name must not be linked: in headings, links, code, formulas, diagrams and footnotes. */
const SKIPPED = new Set(['heading', 'link', 'linkReference', 'code', 'inlineCode', 'math', 'inlineMath', 'footnoteDefinition', 'image', 'imageReference', 'html']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first use of each glossary term in a chapter links to its entry
 * (`class="glossary-link"`, quiet on screen and invisible in print). Longer
 * names win over the shorter ones inside them (梯度下降 over 梯度), English
 * names match whole words in any case, with a plural -s, and Chinese names
 * match anywhere.
 */
export function remarkGlossaryLinks(options: GlossaryLinkOptions) {
  return (tree: Root, file: VFile): void => {
    const locale = options.localeOf(file);
    if (!locale) return;
    const byName = new Map<string, string>();
    for (const term of options.terms) {
      const name = term.names[locale];
      if (name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), term.id);
    }
    if (byName.size === 0) return;
    const names = [...byName.keys()].sort((a, b) => b.length - a.length);
    const latin = (name: string) => /^[\x20-\x7e]+$/.test(name);
    const pattern = new RegExp(
      names.map((n) => (latin(n) ? `(?<![A-Za-z0-9-])${escape(n)}(?:e?s)?(?![A-Za-z0-9-])` : escape(n))).join('|'),
      'gi',
    );
    const linked = new Set<string>();

    visit(tree, (node, index, parent: Parent | undefined) => {
      if (SKIPPED.has(node.type)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const pieces = linkFirstUses((node as Text).value, pattern, names, byName, linked, options.href);
      if (!pieces) return undefined;
      parent.children.splice(index, 1, ...(pieces as Parent['children']));
      return [SKIP, index + pieces.length];
    });
  };
}

/** Splits `value` around the first use of each term not linked yet; undefined when nothing matches. */
function linkFirstUses(
  value: string,
  pattern: RegExp,
  names: readonly string[],
  byName: ReadonlyMap<string, string>,
  linked: Set<string>,
  href: (id: string) => string,
): PhrasingContent[] | undefined {
  const pieces: PhrasingContent[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    const found = match[0].toLowerCase();
    const name = names.find((n) => found === n || found.startsWith(n));
    const id = name ? byName.get(name) : undefined;
    if (!id || linked.has(id)) continue;
    linked.add(id);
    if (match.index > last) pieces.push({ type: 'text', value: value.slice(last, match.index) });
    const link: Link = {
      type: 'link',
      url: href(id),
      data: { hProperties: { className: ['glossary-link'] } },
      children: [{ type: 'text', value: match[0] }],
    };
    pieces.push(link);
    last = match.index + match[0].length;
  }
  if (pieces.length === 0) return undefined;
  if (last < value.length) pieces.push({ type: 'text', value: value.slice(last) });
  return pieces;
}
