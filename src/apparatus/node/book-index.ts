import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { locales, type Locale } from '../../i18n/locales';
import { proseLines, scanLabels, type LabelKind } from './labels';
import { isCrossReference, parseReferences } from './reference-syntax';

/** A chapter as the apparatus needs it: where it is, and its number if its part is numbered. */
export interface IndexedChapter {
  locale: Locale;
  slug: string;
  file: string;
  /** 1-based across the numbered parts; null in an unnumbered part (the reference part). */
  number: number | null;
}

/** A label, where it is declared and the number it gets. */
export interface IndexedLabel {
  label: string;
  kind: LabelKind;
  chapter: IndexedChapter;
  line: number;
  /** "3.2" for a figure, table or equation; "2.1" or "2.1.3" for a section; in an unnumbered chapter, "2" / "1.2" without the chapter. */
  number: string;
  /** A section's heading text, as written. */
  title?: string;
}

export interface BookIndex {
  /** Every citation key the chapters use, in either language. */
  cited: ReadonlySet<string>;
  chapter(locale: Locale, slug: string): IndexedChapter | undefined;
  label(locale: Locale, label: string): IndexedLabel | undefined;
  labels(locale: Locale): IndexedLabel[];
}

interface PartYaml {
  id: string;
  order: number;
  numbered?: boolean;
}

/** Reads a chapter's frontmatter fields the index needs, without the collection (the index is made before any chapter compiles). */
function frontmatter(source: string, file: string): { part: string; order: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const data = match ? (parseYaml(match[1]!) as Record<string, unknown>) : {};
  if (typeof data.part !== 'string' || typeof data.order !== 'number') {
    throw new Error(`${file}:1: frontmatter needs part and order`);
  }
  return { part: data.part, order: data.order };
}

/**
 * The book's chapters and labels in both languages, from the sources: the
 * numbers every chapter needs to resolve a cross-reference to another one.
 * Fails, naming file and line, on a label declared twice in a language, or
 * declared in one language and not the other (or as another kind, in
 * another chapter, or with another number).
 */
export function buildBookIndex(contentDir: string): BookIndex {
  const parts = parseYaml(readFileSync(path.join(contentDir, 'parts.yaml'), 'utf8')) as PartYaml[];
  const partOrder = new Map(parts.map((p) => [p.id, p]));
  const chapters = new Map<string, IndexedChapter>();
  const labels = new Map<Locale, Map<string, IndexedLabel>>();
  const problems: string[] = [];
  const cited = new Set<string>();
  for (const locale of locales) {
    const folder = path.join(contentDir, locale);
    const files = readdirSync(folder).filter((f) => f.endsWith('.mdx'));
    const read = files.map((name) => {
      const file = path.join(folder, name);
      const source = readFileSync(file, 'utf8');
      return { file, slug: name.slice(0, -4), source, ...frontmatter(source, file) };
    });
    const rank = (part: string) => partOrder.get(part)?.order ?? Number.MAX_SAFE_INTEGER;
    read.sort((a, b) => rank(a.part) - rank(b.part) || a.order - b.order);
    const own = new Map<string, IndexedLabel>();
    labels.set(locale, own);
    let number = 0;
    for (const chapter of read) {
      const numbered = partOrder.get(chapter.part)?.numbered !== false;
      const entry: IndexedChapter = { locale, slug: chapter.slug, file: chapter.file, number: numbered ? (number += 1) : null };
      chapters.set(`${locale}/${chapter.slug}`, entry);
      const prefix = entry.number === null ? [] : [entry.number];
      for (const { line } of proseLines(chapter.source)) {
        // Code spans hold examples of the syntax, not citations.
        for (const segment of parseReferences(line.replace(/`[^`]*`/g, '')) ?? []) {
          if (segment.type === 'cite') for (const item of segment.items) if (!isCrossReference(item.key)) cited.add(item.key);
        }
      }
      for (const scanned of scanLabels(chapter.source)) {
        const clash = own.get(scanned.label);
        if (clash) {
          problems.push(`${chapter.file}:${scanned.line}: label "${scanned.label}" is already declared at ${clash.chapter.file}:${clash.line}`);
          continue;
        }
        const parts = scanned.section ? [...prefix, ...scanned.section.path] : [...prefix, scanned.ordinal];
        own.set(scanned.label, {
          label: scanned.label,
          kind: scanned.kind,
          chapter: entry,
          line: scanned.line,
          number: parts.join('.'),
          ...(scanned.section ? { title: scanned.section.title } : {}),
        });
      }
    }
  }
  const [first, ...others] = locales;
  for (const other of others) {
    const a = labels.get(first)!;
    const b = labels.get(other)!;
    for (const [label, here] of a) {
      const there = b.get(label);
      if (!there) {
        problems.push(`${here.chapter.file}:${here.line}: label "${label}" has no twin in ${other} (add it to content/${other}/${here.chapter.slug}.mdx)`);
      } else if (there.chapter.slug !== here.chapter.slug || there.number !== here.number) {
        problems.push(
          `${there.chapter.file}:${there.line}: label "${label}" is ${there.number} in ${there.chapter.slug}, but ${here.number} in ${here.chapter.slug} at ${here.chapter.file}:${here.line}; the languages must match`,
        );
      }
    }
    for (const [label, there] of b) {
      if (!a.has(label)) problems.push(`${there.chapter.file}:${there.line}: label "${label}" has no twin in ${first} (add it to content/${first}/${there.chapter.slug}.mdx)`);
    }
  }
  if (problems.length > 0) throw new Error(`Labels do not line up:\n  ${problems.join('\n  ')}`);
  return {
    cited,
    chapter: (locale, slug) => chapters.get(`${locale}/${slug}`),
    label: (locale, label) => labels.get(locale)?.get(label),
    labels: (locale) => [...(labels.get(locale)?.values() ?? [])],
  };
}

const cache = new Map<string, { signature: string; checked: number; index: BookIndex }>();

/** The chapters' paths and modification times: when they change, the index is made again (the dev server). */
function signature(contentDir: string): string {
  const parts = [String(statSync(path.join(contentDir, 'parts.yaml')).mtimeMs)];
  for (const locale of locales) {
    const folder = path.join(contentDir, locale);
    for (const name of readdirSync(folder)) if (name.endsWith('.mdx')) parts.push(name, String(statSync(path.join(folder, name)).mtimeMs));
  }
  return parts.join('\n');
}

/**
 * The index, made once per build. Each chapter's compile asks for it; in a
 * build the sources do not change, so the files are checked again only when
 * a second has passed since the last check (in practice, in the dev server).
 */
export function bookIndex(contentDir: string): BookIndex {
  const key = path.resolve(contentDir);
  const cached = cache.get(key);
  const now = Date.now();
  if (cached && now - cached.checked < 1000) return cached.index;
  const current = signature(key);
  if (cached && cached.signature === current) {
    cached.checked = now;
    return cached.index;
  }
  const index = buildBookIndex(key);
  cache.set(key, { signature: current, checked: now, index });
  return index;
}
