/**
 * How a label is written: on a line of its own, just before the thing it
 * names, as MyST (Jupyter Book) writes targets:
 *
 *     (fig-gradient-descent)=
 *     ![…](./images/gradient-descent.png "Caption")
 *
 * The prefix says what the label names and which counter numbers it. The
 * line reads cleanly in the source and on GitHub, and needs no MDX braces.
 */
export const LABEL_KINDS = ['fig', 'tbl', 'eq', 'sec'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** A label: a kind prefix, then lowercase letters, digits and hyphens. */
const LABEL = `(?:${LABEL_KINDS.join('|')})-[a-z0-9]+(?:-[a-z0-9]+)*`;
export const LABEL_PATTERN = new RegExp(`^${LABEL}$`);
/** A paragraph that is only a label. */
const LABEL_LINE = new RegExp(`^\\((${LABEL})\\)=$`);
/** A label on a paragraph's first line, the rest of the paragraph after it. */
export const LEADING_LABEL = new RegExp(`^\\((${LABEL})\\)=[ \\t]*\\r?\\n`);

export const kindOf = (label: string): LabelKind => label.slice(0, label.indexOf('-')) as LabelKind;

/** The label a paragraph's text declares, if it is a label line. */
export function labelOfLine(text: string): string | undefined {
  return LABEL_LINE.exec(text.trim())?.[1];
}

/** What a chapter's source declares, found by reading its lines (no parse). */
export interface ScannedLabel {
  label: string;
  kind: LabelKind;
  /** 1-based line of the label in the file. */
  line: number;
  /** Among the chapter's labels of the same counter (figures, tables, equations), 1-based. */
  ordinal: number;
  /** For `sec`: the heading's level, its 1-based position among the chapter's ## headings and, for ###, among its ### siblings; and its text. */
  section?: { depth: number; path: number[]; title: string };
}

/** Numbered headings: `##` (2.1) and `###` (2.1.1). */
export const SECTION_DEPTHS = [2, 3] as const;

/**
 * Reads a chapter's labels and the headings they name, line by line, skipping
 * fenced code, math blocks and frontmatter. The book's index needs every
 * chapter's labels before any chapter is compiled, and reading lines costs a
 * fraction of a parse; remarkApparatus checks on the parsed tree that the
 * numbers agree, so a construct this reader misses fails loudly.
 */
export function scanLabels(source: string): ScannedLabel[] {
  return scanChapter(source).labels;
}

/** Lines of prose: outside frontmatter, fenced code and math blocks. */
export function proseLines(source: string): { line: string; number: number }[] {
  return scanChapter(source).prose;
}

function scanChapter(source: string): { labels: ScannedLabel[]; prose: { line: string; number: number }[] } {
  const prose: { line: string; number: number }[] = [];
  const lines = source.split(/\r?\n/);
  const found: ScannedLabel[] = [];
  const counters: Record<Exclude<LabelKind, 'sec'>, number> = { fig: 0, tbl: 0, eq: 0 };
  const path = [0, 0];
  let fence: string | undefined;
  let math = false;
  let pending: { label: string; line: number } | undefined;
  let start = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) start = end + 1;
  }
  for (let i = start; i < lines.length; i += 1) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (fence) {
      if (trimmed.startsWith(fence) && trimmed.slice(fence.length).trim() === '') fence = undefined;
      continue;
    }
    if (math) {
      if (trimmed.endsWith('$$')) math = false;
      continue;
    }
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (opening) {
      fence = opening[1]!;
      continue;
    }
    if (trimmed.startsWith('$$')) {
      math = !(trimmed.length > 2 && trimmed.endsWith('$$'));
      continue;
    }
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading) {
      const depth = heading[1]!.length;
      if (depth === 2) {
        path[0]! += 1;
        path[1] = 0;
      } else if (depth === 3) {
        path[1]! += 1;
      }
      if (pending && kindOf(pending.label) === 'sec') {
        found.push({
          label: pending.label,
          kind: 'sec',
          line: pending.line,
          ordinal: 0,
          section: { depth, path: depth === 2 ? [path[0]!] : [path[0]!, path[1]!], title: heading[2]! },
        });
      }
      pending = undefined;
      continue;
    }
    const label = labelOfLine(line);
    if (!label) prose.push({ line, number: i + 1 });
    if (label) {
      const kind = kindOf(label);
      if (kind === 'sec') pending = { label, line: i + 1 };
      else found.push({ label, kind, line: i + 1, ordinal: (counters[kind] += 1) });
      continue;
    }
    if (trimmed !== '' && pending) {
      // A section label not followed by a heading: kept, so that compiling the chapter reports it.
      found.push({ label: pending.label, kind: 'sec', line: pending.line, ordinal: 0 });
      pending = undefined;
    }
  }
  return { labels: found, prose };
}
