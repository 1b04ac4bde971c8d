import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlLang, locales } from '../../i18n/locales';
import { ui } from '../../i18n/ui';
import { THEME, webManifest } from './web-manifest';

describe('webManifest', () => {
  const english = webManifest({ lang: 'en', name: 'Building with Large Models', shortName: 'Large Models', description: 'A handbook', home: '/guide/en/', base: '/guide/' });

  it('opens, scopes and identifies the app by its language’s home page, under the base path', () => {
    expect(english).toMatchObject({ id: '/guide/en/', start_url: '/guide/en/', scope: '/guide/en/', lang: 'en', display: 'standalone' });
  });

  it('lists an SVG icon, PNG 192 and 512, and a maskable 512, all under the base path', () => {
    expect(english.icons.map((i) => `${i.src} ${i.sizes} ${'purpose' in i ? i.purpose : 'any'}`)).toEqual([
      '/guide/favicon.svg any any',
      '/guide/icons/icon-192.png 192x192 any',
      '/guide/icons/icon-512.png 512x512 any',
      '/guide/icons/maskable-512.png 512x512 maskable',
    ]);
  });

  // The book's own names, in each language: a launcher shows about 12 characters under an icon.
  it.each(locales)('gives the %s app the site’s title, and a short name that fits a home screen', (locale) => {
    const t = ui[locale];
    const manifest = webManifest({ lang: htmlLang[locale], name: t['site.title'], shortName: t['site.shortName'], description: t['site.tagline'], home: '/', base: '/' });
    expect(manifest.name).toBe(t['site.title']);
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.description.length).toBeGreaterThan(0);
  });

  it('uses the page colours of the site’s stylesheet', () => {
    const css = readFileSync(new URL('../../styles/global.css', import.meta.url), 'utf8');
    // --color-bg: light-dark(<light>, <dark>);
    const [, light, dark] = /--color-bg:\s*light-dark\(\s*([^,\s]+)\s*,\s*([^)\s]+)\s*\)/.exec(css) ?? [];
    expect([light, dark]).toEqual([THEME.light, THEME.dark]);
  });
});
