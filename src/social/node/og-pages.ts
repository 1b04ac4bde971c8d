/**
 * The social cards (Open Graph images): one per page that has a twin in the
 * other language (home pages, chapter pages, whole-book pages), with the
 * texts drawn on it. Pure: the route (src/pages/og/[...route].ts) and the
 * layouts feed it the chapters of src/chapters, the font script and the tests
 * the same chapters read straight from content/.
 */
import { locales, type Locale } from '../../i18n/locales';
import { ui } from '../../i18n/ui';
import type { Part } from '../../chapters/node/chapters';

/** Which page a card belongs to: a home page, the whole-book page or a chapter (by slug). */
export type OgPage = 'home' | 'book' | { slug: string };

export interface OgCard {
  locale: Locale;
  /** Path of the image below the site's base, without a leading slash: `og/en/background.png`. */
  path: string;
  /** The book's name, drawn small at the top. */
  bookName: string;
  /** The line above the title: a chapter's part, or the tagline on home and whole-book pages. */
  eyebrow: string;
  /** Drawn large. */
  title: string;
  /** `og:image:alt`: the same texts in the page's language. */
  alt: string;
}

/** `og/zh/index.png`, `og/en/book.png`, `og/zh/background.png`. */
export function ogImagePath(locale: Locale, page: OgPage): string {
  const name = page === 'home' ? 'index' : page === 'book' ? 'book' : page.slug;
  return `og/${locale}/${name}.png`;
}

function card(locale: Locale, page: OgPage, eyebrow: string, title: string): OgCard {
  const bookName = ui[locale]['site.title'];
  const alt = title === bookName ? `${bookName} — ${eyebrow}` : `${eyebrow} · ${title} — ${bookName}`;
  return { locale, path: ogImagePath(locale, page), bookName, eyebrow, title, alt };
}

/** Every card of both languages, in reading order: home, the chapters part by part, the whole book. */
export function ogCards(partsOf: (locale: Locale) => readonly Part[]): OgCard[] {
  return locales.flatMap((locale) => {
    const t = ui[locale];
    return [
      card(locale, 'home', t['site.tagline'], t['site.title']),
      ...partsOf(locale).flatMap((part) => part.chapters.map((chapter) => card(locale, { slug: chapter.slug }, part.title, chapter.title))),
      card(locale, 'book', t['book.link'], t['book.title']),
    ];
  });
}

/** The card of one page; fails (naming the page) if it has none. */
export function ogCardOf(cards: readonly OgCard[], locale: Locale, page: OgPage): OgCard {
  const path = ogImagePath(locale, page);
  const found = cards.find((c) => c.path === path);
  if (!found) throw new Error(`no social card for ${path}`);
  return found;
}

/** Every character a card can draw: the font subset (scripts/make-og-font.ts) must cover them all. */
export function ogCharacters(cards: readonly OgCard[]): Set<string> {
  return new Set(cards.flatMap((c) => [...`${c.bookName}${c.eyebrow}${c.title}`]));
}
