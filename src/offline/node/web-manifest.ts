/**
 * A web app manifest for one language of the book: installed from a Chinese
 * page it opens the Chinese home page, from an English page the English one.
 * Each language's scope is its own part of the site (the Chinese one is the
 * whole site, English included, since `/` holds both), and its `id` is its
 * start URL, so the two install as two apps.
 */
export interface WebManifestInput {
  /** BCP 47 language of the pages: zh-CN, en. */
  lang: string;
  name: string;
  shortName: string;
  description: string;
  /** The language's home page, with the site's base path: `/`, `/en/`, `/guide/en/`. */
  home: string;
  /** The site's base path, where public/icons/ is served: `/`, `/guide/`. */
  base: string;
}

/** The light theme's page and accent colours (src/styles/global.css). */
export const THEME = { light: '#ffffff', dark: '#0d1117', accent: '#0550ae' } as const;

export function webManifest({ lang, name, shortName, description, home, base }: WebManifestInput) {
  return {
    id: home,
    name,
    short_name: shortName,
    description,
    lang,
    dir: 'ltr',
    start_url: home,
    scope: home,
    display: 'standalone',
    background_color: THEME.light,
    theme_color: THEME.light,
    icons: [
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
