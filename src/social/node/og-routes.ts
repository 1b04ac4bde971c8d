import { loadChapters } from '../../chapters/node/chapter-routes';
import type { Locale } from '../../i18n/locales';
import { ogCardOf, ogCards, type OgCard, type OgPage } from './og-pages';

/** Every page's social card, from the chapters the build has loaded. */
export async function loadOgCards(): Promise<OgCard[]> {
  const { partsOf } = await loadChapters();
  return ogCards(partsOf);
}

/** The social card of one page, for its meta tags. */
export async function ogCardFor(locale: Locale, page: OgPage): Promise<OgCard> {
  return ogCardOf(await loadOgCards(), locale, page);
}
