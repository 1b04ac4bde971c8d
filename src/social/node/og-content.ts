/**
 * The book's parts and chapters read straight from content/, outside Astro:
 * the font script and the tests need every title without a build. Grouped by
 * the same code the build uses (src/chapters/node/chapters.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { locales, type Locale } from '../../i18n/locales';
import { groupByPart, groupChapters, type ChapterData, type ChapterEntry, type Part, type PartEntry } from '../../chapters/node/chapters';

export function readParts(contentDir: string): (locale: Locale) => Part[] {
  const partEntries = (parse(readFileSync(path.join(contentDir, 'parts.yaml'), 'utf8')) as (PartEntry['data'] & { id: string })[]).map(
    ({ id, ...data }) => ({ id, data }),
  );
  const entries: ChapterEntry[] = locales.flatMap((locale) =>
    readdirSync(path.join(contentDir, locale))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const filePath = path.join(contentDir, locale, name);
        const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(filePath, 'utf8'))?.[1];
        if (frontmatter === undefined) throw new Error(`${filePath}: no frontmatter`);
        return { id: `${locale}/${name.replace(/\.mdx$/, '')}`, filePath, data: parse(frontmatter) as ChapterData };
      }),
  );
  const byLocale = groupChapters(entries, partEntries);
  return (locale) => groupByPart(byLocale[locale], partEntries, locale);
}
