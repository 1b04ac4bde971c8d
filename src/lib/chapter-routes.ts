import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { groupChapters, type Chapter } from '../utils/chapters';

export interface ChapterPageProps {
  entry: CollectionEntry<'chapters'>;
  chapter: Chapter;
  chapters: Chapter[];
}

/** All chapters grouped by language; fails the build if the languages do not line up. */
export async function loadChapters(): Promise<{
  entries: CollectionEntry<'chapters'>[];
  byLocale: Record<Locale, Chapter[]>;
}> {
  const entries = await getCollection('chapters');
  return { entries, byLocale: groupChapters(entries) };
}

/** `getStaticPaths` for one language's chapter pages. */
export async function chapterPaths(locale: Locale) {
  const { entries, byLocale } = await loadChapters();
  const chapters = byLocale[locale];
  return chapters.map((chapter) => {
    const entry = entries.find((e) => e.id === `${locale}/${chapter.slug}`)!;
    const props: ChapterPageProps = { entry, chapter, chapters };
    return { params: { slug: chapter.slug }, props };
  });
}
