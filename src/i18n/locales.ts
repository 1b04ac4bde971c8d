/**
 * The site's languages. The id is both the content folder (`content/zh/`) and
 * the Astro i18n locale; Chinese is the default and lives at the root.
 */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh';

/** BCP 47 tags for `<html lang>`, `hreflang` and the sitemap. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** Each language's name, written in that language, for the language switch. */
export const localeName: Record<Locale, string> = { zh: '中文', en: 'English' };

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}

/** The language of a chapter file, from its folder: `…/content/en/x.mdx` → `en`. */
export function localeOfContentPath(path: string): Locale {
  const match = /[\\/]content[\\/]([a-z]+)[\\/][^\\/]+$/.exec(path);
  return match && isLocale(match[1]!) ? match[1] : defaultLocale;
}
