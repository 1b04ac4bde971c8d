// Each page's social card, a 1200×630 PNG drawn at build time: /og/<locale>/<page>.png (src/social/).
import { OGImageRoute } from 'astro-og-canvas';
import { loadOgCards } from '../../social/node/og-routes';
import { ogImageOptions } from '../../social/node/og-image-options';

const cards = await loadOgCards();

export const { getStaticPaths, GET } = await OGImageRoute({
  // `og/en/background.png` → route `en/background`; this file's name adds the `.png`.
  pages: Object.fromEntries(cards.map((card) => [card.path.replace(/^og\/|\.png$/g, ''), card])),
  getSlug: (route) => route,
  getImageOptions: (_route, card) => ogImageOptions(card),
});
