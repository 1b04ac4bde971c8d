import { isLocale, localeName, locales, type Locale } from '../../i18n/locales';

export interface ChapterData {
  title: string;
  description: string;
  /** Id of the part the chapter belongs to. */
  part: string;
  /** Position within its part. */
  order: number;
}

/** A part of the book as declared in content/parts.yaml. */
export interface PartEntry {
  id: string;
  /** `numbered: false` (the reference part): its chapters carry no numbers. */
  data: { order: number; title: Record<Locale, string>; numbered?: boolean };
}

/** A part in one language, with its chapters in reading order. */
export interface Part {
  id: string;
  title: string;
  chapters: Chapter[];
}

/** The part of a content collection entry this module needs. */
export interface ChapterEntry {
  id: string;
  filePath?: string | undefined;
  data: ChapterData;
}

export interface Chapter extends ChapterData {
  locale: Locale;
  slug: string;
  filePath: string;
  /** 1-based across the numbered parts, in reading order; undefined in an unnumbered part. */
  number?: number;
}

/** `zh/background` → `{ locale: 'zh', slug: 'background' }`. */
export function toChapter(entry: ChapterEntry): Chapter {
  const filePath = entry.filePath ?? entry.id;
  const match = /^([^/]+)\/([a-z0-9-]+)$/.exec(entry.id);
  if (!match || !isLocale(match[1]!)) {
    throw new Error(
      `${filePath}: a chapter lives at content/<${locales.join('|')}>/<slug>.mdx with a lowercase slug (got id "${entry.id}")`,
    );
  }
  return { ...entry.data, locale: match[1], slug: match[2]!, filePath };
}

/**
 * Groups chapters by language in reading order (part by part, then by
 * `order` within a part) and checks that the two languages are twins: the
 * same slugs in the same parts with the same order, every part declared.
 * Anything else fails the build with the files to fix.
 */
export function groupChapters(entries: readonly ChapterEntry[], parts: readonly PartEntry[]): Record<Locale, Chapter[]> {
  const byLocale = Object.fromEntries(locales.map((l) => [l, [] as Chapter[]])) as Record<Locale, Chapter[]>;
  const partOrder = new Map(parts.map((p) => [p.id, p.data.order]));
  const problems: string[] = [];
  for (const entry of entries) {
    const chapter = toChapter(entry);
    if (!partOrder.has(chapter.part)) {
      problems.push(
        `${chapter.filePath}: part "${chapter.part}" is not declared in content/parts.yaml (declared: ${[...partOrder.keys()].join(', ')})`,
      );
    }
    byLocale[chapter.locale].push(chapter);
  }
  const rank = (c: Chapter) => partOrder.get(c.part) ?? Number.MAX_SAFE_INTEGER;
  for (const locale of locales) {
    byLocale[locale].sort((a, b) => rank(a) - rank(b) || a.order - b.order);
    let number = 0;
    for (const chapter of byLocale[locale]) {
      if (parts.find((p) => p.id === chapter.part)?.data.numbered !== false) chapter.number = number += 1;
    }
    const seen = new Map<string, Chapter>();
    for (const chapter of byLocale[locale]) {
      const key = `${chapter.part}/${chapter.order}`;
      const clash = seen.get(key);
      if (clash) problems.push(`${chapter.filePath}: order ${chapter.order} in part "${chapter.part}" is also used by ${clash.filePath}`);
      seen.set(key, chapter);
    }
  }
  for (const locale of locales) {
    for (const chapter of byLocale[locale]) {
      for (const other of locales) {
        if (other === locale) continue;
        const twin = byLocale[other].find((c) => c.slug === chapter.slug);
        if (!twin) {
          problems.push(
            `${chapter.filePath}: missing translation, no ${localeName[other]} version (add content/${other}/${chapter.slug}.mdx)`,
          );
        } else if (locale < other && twin.part !== chapter.part) {
          problems.push(`${chapter.filePath}: part "${chapter.part}" differs from ${twin.filePath} (part "${twin.part}")`);
        } else if (locale < other && twin.order !== chapter.order) {
          problems.push(`${chapter.filePath}: order ${chapter.order} differs from ${twin.filePath} (order ${twin.order})`);
        }
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(`The chapters do not line up:\n  ${problems.join('\n  ')}`);
  }
  return byLocale;
}

/** One language's chapters (already in reading order) grouped under their parts; empty parts are left out. */
export function groupByPart(chapters: readonly Chapter[], parts: readonly PartEntry[], locale: Locale): Part[] {
  return [...parts]
    .sort((a, b) => a.data.order - b.data.order)
    .map((p) => ({ id: p.id, title: p.data.title[locale], chapters: chapters.filter((c) => c.part === p.id) }))
    .filter((p) => p.chapters.length > 0);
}

export function neighbours(chapters: readonly Chapter[], slug: string): { previous?: Chapter; next?: Chapter } {
  const index = chapters.findIndex((c) => c.slug === slug);
  if (index === -1) return {};
  const result: { previous?: Chapter; next?: Chapter } = {};
  if (index > 0) result.previous = chapters[index - 1]!;
  if (index < chapters.length - 1) result.next = chapters[index + 1]!;
  return result;
}

export interface ChapterCounts {
  formulas: number;
  diagrams: number;
  codeBlocks: number;
}

/**
 * The two languages of a chapter carry the same formulas, diagrams and code:
 * a different count means something was left out of a translation. Returns
 * one message per mismatch, naming both files.
 */
export function parityProblems(
  byLocale: Record<Locale, Chapter[]>,
  countsOf: (chapter: Chapter) => ChapterCounts,
): string[] {
  const problems: string[] = [];
  const [first, ...others] = locales;
  for (const chapter of byLocale[first]) {
    const a = countsOf(chapter);
    for (const other of others) {
      const twin = byLocale[other].find((c) => c.slug === chapter.slug);
      if (!twin) continue;
      const b = countsOf(twin);
      for (const key of ['formulas', 'diagrams', 'codeBlocks'] as const) {
        if (a[key] !== b[key]) {
          problems.push(`${chapter.filePath} has ${a[key]} ${key} but ${twin.filePath} has ${b[key]}`);
        }
      }
    }
  }
  return problems;
}
