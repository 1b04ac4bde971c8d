import { defineMiddleware } from 'astro:middleware';
import { rewriteBookAnchors } from './utils/book-anchors';

/**
 * The whole-book pages (/book/, /en/book/) hold every chapter at once: their
 * ids are made unique per chapter and links between chapters stay in the
 * page (see rewriteBookAnchors). Runs at build time for the static pages,
 * and in `astro dev` alike.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const match = /^(.*\/)(en\/)?book\/$/.exec(context.url.pathname);
  if (!match || !response.headers.get('content-type')?.includes('text/html')) return response;
  const [, base, en = ''] = match;
  const html = rewriteBookAnchors(await response.text(), context.url.pathname, (slug) => `${base}${en}${slug}/`);
  return new Response(html, { status: response.status, headers: response.headers });
});
