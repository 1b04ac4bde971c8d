import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import type { PageFeatures } from './remark-page-features';
import { groupByPart, groupChapters, parityProblems, type Chapter, type Part } from './chapters';

export interface ChapterPageProps {
  entry: CollectionEntry<'chapters'>;
  chapter: Chapter;
  /** This language's chapters in reading order. */
  chapters: Chapter[];
  /** The same chapters under their parts. */
  parts: Part[];
}

export interface LoadedChapters {
  /** A chapter's collection entry, looked up by language and slug. */
  entryOf: (locale: Locale, slug: string) => CollectionEntry<'chapters'>;
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
  // The counts are the ones remarkPageFeatures took while compiling each chapter: render()
  // hands over the compiled module without rendering it, so nothing is parsed twice.
  const features = new Map(
    await Promise.all(entries.map(async (entry) => [entry.id, (await render(entry)).remarkPluginFrontmatter.features as PageFeatures] as const)),
  );
  const counts = (chapter: Chapter) => {
    const found = features.get(`${chapter.locale}/${chapter.slug}`);
    if (!found) throw new Error(`${chapter.filePath}: no feature counts; is remarkPageFeatures in the Markdown pipeline?`);
    return found;
  };
  const problems = parityProblems(byLocale, counts);
  if (problems.length > 0) throw new Error(`The two languages of a chapter differ:\n  ${problems.join('\n  ')}`);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const entryOf = (locale: Locale, slug: string) => {
    const entry = byId.get(`${locale}/${slug}`);
    if (!entry) throw new Error(`no chapter content/${locale}/${slug}.mdx`);
    return entry;
  };
  return { entryOf, byLocale, partsOf: (locale) => groupByPart(byLocale[locale], partEntries, locale) };
}

/** `getStaticPaths` for one language's chapter pages. */
export async function chapterPaths(locale: Locale) {
  const { entryOf, byLocale, partsOf } = await loadChapters();
  const chapters = byLocale[locale];
  const parts = partsOf(locale);
  return chapters.map((chapter) => {
    const entry = entryOf(locale, chapter.slug);
    const props: ChapterPageProps = { entry, chapter, chapters, parts };
    return { params: { slug: chapter.slug }, props };
  });
}
