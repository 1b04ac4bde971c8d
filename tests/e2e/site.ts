import { allChapters } from '../../scripts/lib/mdx';

export interface SitePage {
  locale: 'zh' | 'en';
  slug: string;
  title: string;
  order: number;
  path: string;
  /** The same chapter in the other language. */
  twinPath: string;
}

const prefix = (locale: string) => (locale === 'en' ? '/en' : '');

/** The chapters the site must have, read from content/ (not from the build under test). */
export const chapterPages: SitePage[] = allChapters()
  .map((c) => ({
    locale: c.locale as 'zh' | 'en',
    slug: c.slug,
    title: String(c.frontmatter.title),
    order: Number(c.frontmatter.order),
    path: `${prefix(c.locale)}/${c.slug}/`,
    twinPath: `${prefix(c.locale === 'en' ? 'zh' : 'en')}/${c.slug}/`,
  }))
  .sort((a, b) => a.locale.localeCompare(b.locale) || a.order - b.order);

export { htmlLang } from '../../src/i18n/locales';
