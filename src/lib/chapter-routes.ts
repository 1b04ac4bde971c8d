import { getCollection, type CollectionEntry } from 'astro:content';
import type { Root } from 'mdast';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Locale } from '../i18n/locales';
import { countPageFeatures } from '../plugins/remark-page-features';
import { groupByPart, groupChapters, parityProblems, type Chapter, type Part } from '../utils/chapters';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

export interface ChapterPageProps {
  entry: CollectionEntry<'chapters'>;
  chapter: Chapter;
  /** This language's chapters in reading order. */
  chapters: Chapter[];
  /** The same chapters under their parts. */
  parts: Part[];
}

export interface LoadedChapters {
  entries: CollectionEntry<'chapters'>[];
  byLocale: Record<Locale, Chapter[]>;
  partsOf: (locale: Locale) => Part[];
}

let loaded: Promise<LoadedChapters> | undefined;

/**
 * All chapters grouped by language; fails the build if the languages do not
 * line up. Every page needs them; a build reads and checks them once (the
 * dev server, whose content changes, every time).
 */
export function loadChapters(): Promise<LoadedChapters> {
  if (import.meta.env.DEV) return readChapters();
  loaded ??= readChapters();
  return loaded;
}

async function readChapters(): Promise<LoadedChapters> {
  const [entries, partEntries] = await Promise.all([getCollection('chapters'), getCollection('parts')]);
  const byLocale = groupChapters(entries, partEntries);
  // Both languages must carry the same formulas, diagrams and code; otherwise stop the build.
  const counts = (chapter: Chapter) =>
    countPageFeatures(parser.parse(entries.find((e) => e.id === `${chapter.locale}/${chapter.slug}`)?.body ?? '') as Root);
  const problems = parityProblems(byLocale, counts);
  if (problems.length > 0) throw new Error(`The two languages of a chapter differ:\n  ${problems.join('\n  ')}`);
  return { entries, byLocale, partsOf: (locale) => groupByPart(byLocale[locale], partEntries, locale) };
}

/** `getStaticPaths` for one language's chapter pages. */
export async function chapterPaths(locale: Locale) {
  const { entries, byLocale, partsOf } = await loadChapters();
  const chapters = byLocale[locale];
  const parts = partsOf(locale);
  return chapters.map((chapter) => {
    const entry = entries.find((e) => e.id === `${locale}/${chapter.slug}`)!;
    const props: ChapterPageProps = { entry, chapter, chapters, parts };
    return { params: { slug: chapter.slug }, props };
  });
}
