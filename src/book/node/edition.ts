import { htmlLang, type Locale } from '../../i18n/locales';
import { ui } from '../../i18n/ui';

/**
 * The edition the book's cover shows, on the whole-book page (printed, and so
 * the PDF) and on the EPUB's cover: the day of the build, or
 * SOURCE_DATE_EPOCH's for a reproducible build.
 */
export function editionDate(env: Record<string, string | undefined> = process.env): Date {
  return env.SOURCE_DATE_EPOCH ? new Date(Number(env.SOURCE_DATE_EPOCH) * 1000) : new Date();
}

/** 2026年12月6日版, Edition of December 6, 2026. */
export function editionText(locale: Locale, date: Date): string {
  return ui[locale]['book.edition'].replace('{date}', new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'long' }).format(date));
}
