import { LABEL_PATTERN } from './labels.ts';

/**
 * Pandoc's (and Quarto's) syntax for citing and cross-referencing, found in
 * a run of text:
 * - `[@vaswani2017]`, `[@vaswani2017, p. 5]`, `[@a; @b]`: bracketed, one or more items;
 * - `@vaswani2017`: narrative, the author's name is part of the sentence;
 * - `[@fig-x]`, `@eq-y`: the same with a label; its prefix (fig, tbl, eq, sec) makes it a cross-reference.
 */
export interface ReferenceItem {
  key: string;
  /** What follows the key after a comma: a page or section ("p. 5"). */
  locator?: string;
}

export type Segment =
  | { type: 'text'; value: string }
  | { type: 'cite'; items: ReferenceItem[]; narrative: boolean; source: string; offset: number };

/** Pandoc's citation keys: a letter, digit or _, then those and internal :.#$%&-+?<>~/ punctuation. */
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*`;
const BRACKETED = new RegExp(String.raw`\[(@${KEY}[^\[\]]*)\]`, 'gu');
const ITEM = new RegExp(String.raw`^\s*@(${KEY})\s*(?:,\s*(.*?))?\s*$`, 'u');
/** Narrative: an @ at the start of the text or after a space, an opening bracket or CJK punctuation, not inside a word or address. */
const NARRATIVE = new RegExp(String.raw`(^|[\s(（“‘，。；：、])@(${KEY})`, 'gu');

export const isCrossReference = (key: string): boolean => LABEL_PATTERN.test(key);

/** Splits a text into plain runs and citations; returns undefined when there is none. */
export function parseReferences(text: string): Segment[] | undefined {
  if (!text.includes('@')) return undefined;
  const found: { start: number; end: number; segment: Segment }[] = [];
  for (const match of text.matchAll(BRACKETED)) {
    const parts = match[1]!.split(';');
    const items: ReferenceItem[] = [];
    for (const part of parts) {
      const item = ITEM.exec(part);
      if (!item) {
        items.length = 0;
        break;
      }
      items.push(item[2] ? { key: item[1]!, locator: item[2] } : { key: item[1]! });
    }
    if (items.length === 0) continue;
    found.push({ start: match.index, end: match.index + match[0].length, segment: { type: 'cite', items, narrative: false, source: match[0], offset: match.index } });
  }
  const inBracket = (at: number) => found.some((f) => at >= f.start && at < f.end);
  for (const match of text.matchAll(NARRATIVE)) {
    const start = match.index + match[1]!.length;
    if (inBracket(start)) continue;
    const source = `@${match[2]!}`;
    found.push({ start, end: start + source.length, segment: { type: 'cite', items: [{ key: match[2]! }], narrative: true, source, offset: start } });
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end, segment } of found) {
    if (start > at) segments.push({ type: 'text', value: text.slice(at, start) });
    segments.push(segment);
    at = end;
  }
  if (at < text.length) segments.push({ type: 'text', value: text.slice(at) });
  return segments;
}
