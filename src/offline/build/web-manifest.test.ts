import { describe, expect, it } from 'vitest';
import { webManifest } from './web-manifest';

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

  it('keeps a short name short enough for a home screen', () => {
    expect(english.short_name.length).toBeLessThanOrEqual(12);
  });
});
