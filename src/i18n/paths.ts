import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Locale } from './locales';

/** Home page of a language, with the site's base path: `/`, `/en/`, `/guide/en/`. */
export function homeHref(locale: Locale): string {
  return getRelativeLocaleUrl(locale, '');
}

/** A chapter's URL in a language: `/background/`, `/en/background/`. */
export function chapterHref(locale: Locale, slug: string): string {
  return getRelativeLocaleUrl(locale, `${slug}/`);
}
