// The book's bibliography: reads a BibTeX/BibLaTeX file (content/references.bib)
// with citation-js and formats entries in the locale's reference style —
// zh: GB/T 7714-2015 numeric (顺序编码制), en: IEEE — as hast (for the page)
// and as one line of Markdown (for the chapter's .md twin).
//
// Everything is offline: the CSL styles and the zh-CN locale are files in
// ./csl (en-US ships inside @citation-js/plugin-csl), registered here, so
// citeproc never asks the network for a style or locale. Input is handed to
// citation-js's BibLaTeX parsers by explicit type, never by type detection,
// so no string is ever taken for a URL to download.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { plugins, type CSL, type CSLName } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Locale } from '../../i18n/locales';


export interface FormattedEntry {
  key: string;
  /** 1-based, the order given. */
  number: number;
  /** The entry's formatted text without the leading "[1]" label, as hast nodes, with the DOI (or arXiv id, or URL) as a real <a href> link. */
  hast: ElementContent[];
  /** The same entry as one line of plain Markdown, links as [text](url), without the number label. */
  markdown: string;
}

export interface Bibliography {
  /** Every key in the .bib file. */
  keys: ReadonlySet<string>;
  /** 1-based line of each key's entry in the .bib, for messages. */
  line(key: string): number | undefined;
  /** Entries in the given order (the order of first citation in a chapter), formatted in the locale's style: zh -> GB/T 7714-2015 numeric, en -> IEEE. Throws on an unknown key. */
  format(keys: readonly string[], locale: Locale): FormattedEntry[];
  /** For narrative citations: "Vaswani et al." (en) / "Vaswani 等" (zh); one author -> "Kingma"; two -> "Kingma and Ba" (en) / "Kingma 和 Ba" (zh); 3+ -> first + " et al." / " 等"; organisation authors by their literal name. */
  narrative(key: string, locale: Locale): string;
}

/** The CSL style and CSL locale of each book locale. */
const STYLES: Record<Locale, { style: string; file: string; lang: string }> = {
  zh: { style: 'apparatus-gb-t-7714-2015-numeric', file: 'china-national-standard-gb-t-7714-2015-numeric.csl', lang: 'zh-CN' },
  en: { style: 'apparatus-ieee', file: 'ieee.csl', lang: 'en-US' },
};

interface CslConfig {
  styles: { add(name: string, xml: string): void; has(name: string): boolean };
  locales: { add(name: string, xml: string): void; has(name: string): boolean };
}

let registered = false;
/** Registers the committed CSL styles and the zh-CN locale with plugin-csl, once. */
function registerCsl(): void {
  if (registered) return;
  const csl = plugins.config.get('@csl') as CslConfig;
  const read = (file: string) => readFileSync(new URL(`./csl/${file}`, import.meta.url), 'utf8');
  for (const { style, file } of Object.values(STYLES)) csl.styles.add(style, read(file));
  csl.locales.add('zh-CN', read('locales-zh-CN.xml'));
  // en-US is bundled with plugin-csl; without it citeproc would fall back to an empty locale, never to a download.
  if (!csl.locales.has('en-US')) throw new Error('@citation-js/plugin-csl: the bundled en-US locale is missing');
  registered = true;
}

/** A raw entry as @citation-js/plugin-bibtex parses it (field names lower-cased). */
interface RawEntry {
  type: string;
  label: string;
  properties: Record<string, string | number>;
}

interface EntryStart {
  key: string;
  line: number;
}

/**
 * The key and 1-based line of every data entry in a .bib text. A small scanner
 * that follows BibTeX's own rule: outside entries everything but "@" is a
 * comment, and inside an entry braces balance (quoted values included).
 */
function scanEntries(text: string): EntryStart[] {
  const starts: EntryStart[] = [];
  const header = /@\s*([A-Za-z]+)\s*([{(])\s*([^\s,{}()"=#%'~\\]*)/y;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    if (char !== '@') continue;
    header.lastIndex = i;
    const match = header.exec(text);
    if (!match) continue;
    const type = match[1]!.toLowerCase();
    const open = match[2]!;
    if (type !== 'comment' && type !== 'string' && type !== 'preamble' && match[3]) starts.push({ key: match[3], line });
    // Skip to the end of the entry: where its braces balance again, or, for
    // "@type( … )", the first ")" outside braces.
    let depth = open === '{' ? 0 : 1;
    let j = text.indexOf(open, i);
    for (; j < text.length; j++) {
      const c = text[j];
      if (c === '\n') line++;
      else if (c === '{') depth++;
      else if (c === '}' || (c === ')' && open === '(' && depth === 1)) {
        depth--;
        if (depth === 0) break;
      }
    }
    i = j;
  }
  return starts;
}

/** citation-js's BibLaTeX parse, with errors given as `<path>:<line>:`. */
function parseBib(text: string, bibPath: string): RawEntry[] {
  try {
    return plugins.input.data(text, '@biblatex/text') as RawEntry[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /\bline (\d+)/.exec(message)?.[1] ?? '1';
    throw new Error(`${bibPath}:${line}: BibTeX syntax error: ${message.split('\n')[0]}`, { cause: error });
  }
}

function isArxiv(raw: RawEntry): boolean {
  const prefix = String(raw.properties.archiveprefix ?? raw.properties.eprinttype ?? '');
  return raw.properties.eprint !== undefined && prefix.toLowerCase() === 'arxiv';
}

/**
 * Fills in what plugin-bibtex's mapping leaves out, the way Zotero (whose data
 * the CSL styles are written for) records it:
 * - an arXiv preprint (@misc/@online/@article with eprint + archivePrefix = arXiv)
 *   becomes a CSL "article" (preprint) published by arXiv, number "arXiv:<id>",
 *   DOI 10.48550/arXiv.<id> (arXiv's own DOI) unless the entry gives one;
 *   a published paper with an arXiv eprint and neither DOI nor URL links the
 *   arXiv abstract page;
 * - a @standard keeps its number;
 * - @article with entrysubtype = {newspaper} / {magazine} becomes
 *   article-newspaper / article-magazine.
 */
function completeCsl(item: CSL, raw: RawEntry): CSL {
  const out: CSL = { ...item };
  if (isArxiv(raw)) {
    const id = String(raw.properties.eprint);
    if (raw.type === 'misc' || raw.type === 'online' || raw.type === 'unpublished' || raw.type === 'article' && !out['container-title']) {
      out.type = 'article';
      out.publisher ??= 'arXiv';
      out.number ??= `arXiv:${id}`;
      out.DOI ??= `10.48550/arXiv.${id}`;
      delete out.genre;
    } else if (!out.DOI && !out.URL) {
      out.URL = `https://arxiv.org/abs/${id}`;
    }
  }
  // plugin-bibtex drops the number of a @standard (e.g. "J3016_202104").
  if (out.type === 'standard' && out.number === undefined && raw.properties.number !== undefined) {
    out.number = String(raw.properties.number).replace(/\\_/g, '_');
  }
  const subtype = String(raw.properties.entrysubtype ?? '').toLowerCase();
  if (raw.type === 'article' && (subtype === 'newspaper' || subtype === 'magazine')) {
    out.type = subtype === 'newspaper' ? 'article-newspaper' : 'article-magazine';
    delete out.genre;
  }
  return out;
}

/** The entry's content: citeproc's wrapper divs and the "[n]" label removed. */
function entryContent(html: string): ElementContent[] {
  const tree: Root = fromHtml(html, { fragment: true });
  const out: ElementContent[] = [];
  const classes = (node: Element) => {
    const value = node.properties.className;
    return Array.isArray(value) ? value.map(String) : [];
  };
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'element' && node.tagName === 'div') {
        if (classes(node).includes('csl-left-margin')) continue; // the citation-number label
        walk(node.children);
      } else if (node.type === 'text' || node.type === 'element') {
        out.push(node);
      }
    }
  };
  walk(tree.children);
  // Trim the layout whitespace citeproc puts around and between the divs.
  while (out[0]?.type === 'text' && out[0].value.trim() === '') out.shift();
  while (out.at(-1)?.type === 'text' && (out.at(-1) as { value: string }).value.trim() === '') out.pop();
  const first = out[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = out.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  // A style without second-field-align puts the label in the text itself.
  if (first?.type === 'text') first.value = first.value.replace(/^\[\d+\]\s*/, '');
  return out;
}

/** Markdown text: the characters that could start markup, escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>]/g, '\\$&');
}

function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

/** One line of Markdown from the entry's hast: emphasis, strong, links; other elements by their text. */
function toMarkdown(nodes: readonly ElementContent[]): string {
  return nodes
    .map((node): string => {
      if (node.type === 'text') return escapeMarkdown(node.value);
      if (node.type !== 'element') return '';
      const inner = toMarkdown(node.children);
      switch (node.tagName) {
        case 'i':
        case 'em':
          return inner.trim() ? `*${inner}*` : inner;
        case 'b':
        case 'strong':
          return inner.trim() ? `**${inner}**` : inner;
        case 'a': {
          const href = node.properties.href;
          return typeof href === 'string' ? `[${inner}](${markdownUrl(href)})` : inner;
        }
        case 'sup':
          return `<sup>${inner}</sup>`;
        case 'sub':
          return `<sub>${inner}</sub>`;
        default:
          return inner;
      }
    })
    .join('');
}

/** A name as a narrative citation shows it: the family name with its particle, or the literal (organisation) name. */
function shortName(name: CSLName): string {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return family || name.given || '';
}

interface Parsed {
  keys: Set<string>;
  lines: Map<string, number>;
  items: Map<string, CSL>;
}

/**
 * One work, one key: two entries with the same DOI or arXiv id would give the
 * reader two numbered references to one paper (as happens when chapters are
 * written apart and their entries merged).
 */
function rejectSameWork(raws: RawEntry[], lines: Map<string, number>, bibPath: string): void {
  const seen = new Map<string, string>();
  for (const raw of raws) {
    const ids = [
      raw.properties.doi !== undefined ? `DOI ${String(raw.properties.doi).toLowerCase()}` : undefined,
      isArxiv(raw) ? `arXiv id ${String(raw.properties.eprint)}` : undefined,
    ];
    for (const id of ids) {
      if (id === undefined) continue;
      const other = seen.get(id);
      if (other !== undefined) {
        throw new Error(`${bibPath}:${lines.get(raw.label) ?? 1}: "${raw.label}" has the ${id} of "${other}" (line ${lines.get(other) ?? '?'}): one work, one key`);
      }
      seen.set(id, raw.label);
    }
  }
}

function parseFile(bibPath: string): Parsed {
  const text = readFileSync(bibPath, 'utf8');
  const lines = new Map<string, number>();
  for (const { key, line } of scanEntries(text)) {
    // The key becomes the id of its entry in the reference list (`ref-<key>`), and an id that
    // html-validate and EPUB readers accept is letters, digits, - and _.
    if (!/^[A-Za-z0-9_-]+$/.test(key)) throw new Error(`${bibPath}:${line}: BibTeX key "${key}" becomes an HTML id: use only letters, digits, - and _`);
    const first = lines.get(key);
    if (first !== undefined) throw new Error(`${bibPath}:${line}: duplicate BibTeX key "${key}" (first defined at line ${first})`);
    lines.set(key, line);
  }
  const raws = parseBib(text, bibPath);
  rejectSameWork(raws, lines, bibPath);
  const csl = plugins.input.data(raws as never, '@biblatex/entries+list') as unknown as CSL[];
  const items = new Map<string, CSL>();
  raws.forEach((raw, index) => {
    const item = csl[index];
    if (!item || String(item.id) !== raw.label) throw new Error(`${bibPath}:${lines.get(raw.label) ?? 1}: could not convert entry "${raw.label}"`);
    items.set(raw.label, completeCsl(item, raw));
  });
  return { keys: new Set(items.keys()), lines, items };
}

function createBibliography(bibPath: string, parsed: Parsed): Bibliography {
  const { keys, lines, items } = parsed;
  /** Formatted entries by locale and key: each key is formatted once per locale. */
  const cache: Record<Locale, Map<string, Omit<FormattedEntry, 'number'>>> = { zh: new Map(), en: new Map() };

  const item = (key: string): CSL => {
    const found = items.get(key);
    if (!found) throw new Error(`Unknown citation key "${key}": no entry in ${bibPath}`);
    return found;
  };

  const formatMissing = (missing: string[], locale: Locale) => {
    registerCsl();
    const { style, lang } = STYLES[locale];
    const data = missing.map(item);
    const entries = plugins.output.format('bibliography', data, {
      format: 'html',
      template: style,
      lang,
      hyperlinks: true,
      nosort: true,
      asEntryArray: true,
    } as never) as unknown as Array<[string, string]>;
    for (const [id, html] of entries) {
      const hast = entryContent(html);
      cache[locale].set(id, { key: id, hast, markdown: toMarkdown(hast).trim() });
    }
  };

  return {
    keys,
    line: (key) => lines.get(key),
    format(requested, locale) {
      for (const key of requested) item(key);
      const missing = [...new Set(requested.filter((key) => !cache[locale].has(key)))];
      if (missing.length > 0) formatMissing(missing, locale);
      return requested.map((key, index) => {
        const entry = cache[locale].get(key);
        if (!entry) throw new Error(`Citation key "${key}" could not be formatted (${bibPath}:${lines.get(key) ?? '?'})`);
        // Fresh copies: callers put these nodes into their own trees.
        return { key, number: index + 1, hast: structuredClone(entry.hast), markdown: entry.markdown };
      });
    },
    narrative(key, locale) {
      const entry = item(key);
      const names = (entry.author?.length ? entry.author : entry.editor ?? []).map(shortName).filter(Boolean);
      const [first, second] = names;
      if (first === undefined) return entry.title ?? key;
      if (names.length === 1) return first;
      if (names.length === 2) return locale === 'zh' ? `${first} 和 ${second}` : `${first} and ${second}`;
      return locale === 'zh' ? `${first} 等` : `${first} et al.`;
    },
  };
}

const loaded = new Map<string, { mtimeMs: number; size: number; bibliography: Bibliography }>();

/** Reads and parses a .bib file once per path (memoised; re-read when the file's mtime changes). A syntax error or duplicate key throws an Error whose message starts with `<path>:<line>:`. */
export function loadBibliography(bibPath: string): Bibliography {
  const resolved = path.resolve(bibPath);
  const { mtimeMs, size } = statSync(resolved);
  const known = loaded.get(resolved);
  if (known && known.mtimeMs === mtimeMs && known.size === size) return known.bibliography;
  const bibliography = createBibliography(bibPath, parseFile(bibPath));
  loaded.set(resolved, { mtimeMs, size, bibliography });
  return bibliography;
}
