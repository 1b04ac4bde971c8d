import { loadChapters, type LoadedChapters } from '../../chapters/node/chapter-routes';
import type { Locale } from '../../i18n/locales';
import { ogCardOf, ogCards, type OgCard, type OgPage } from './og-pages';

/** The cards of each set of loaded chapters: every page asks for its card, and the set is the same for all of them. */
const cardsOf = new WeakMap<LoadedChapters, OgCard[]>();

/** Every page's social card, from the chapters the build has loaded. */
export async function loadOgCards(): Promise<OgCard[]> {
  const chapters = await loadChapters();
  let cards = cardsOf.get(chapters);
  if (!cards) {
    cards = ogCards(chapters.partsOf);
    cardsOf.set(chapters, cards);
  }
  return cards;
}

/** The social card of one page, for its meta tags. */
export async function ogCardFor(locale: Locale, page: OgPage): Promise<OgCard> {
  return ogCardOf(await loadOgCards(), locale, page);
}
