import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { allChapters, CONTENT_DIR } from '../../scripts/lib/mdx';

export interface SitePage {
  locale: 'zh' | 'en';
  slug: string;
  title: string;
  order: number;
  /** Whether its part numbers its chapters (the reference part does not). */
  numbered: boolean;
  path: string;
  /** The same chapter in the other language. */
  twinPath: string;
}

const prefix = (locale: string) => (locale === 'en' ? '/en' : '');

const parts = parse(readFileSync(path.join(CONTENT_DIR, 'parts.yaml'), 'utf8')) as { id: string; order: number; numbered?: boolean }[];
const partOf = (id: unknown) => parts.find((p) => p.id === id)!;

/** The chapters the site must have, read from content/ (not from the build under test), in reading order. */
export const chapterPages: SitePage[] = allChapters()
  .map((c) => ({
    locale: c.locale as 'zh' | 'en',
    slug: c.slug,
    title: String(c.frontmatter.title),
    order: Number(c.frontmatter.order),
    part: partOf(c.frontmatter.part).order,
    numbered: partOf(c.frontmatter.part).numbered !== false,
    path: `${prefix(c.locale)}/${c.slug}/`,
    twinPath: `${prefix(c.locale === 'en' ? 'zh' : 'en')}/${c.slug}/`,
  }))
  .sort((a, b) => a.locale.localeCompare(b.locale) || a.part - b.part || a.order - b.order)
  .map(({ part: _part, ...page }) => page);

export { htmlLang } from '../../src/i18n/locales';
