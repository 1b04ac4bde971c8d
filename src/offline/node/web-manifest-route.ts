import type { APIRoute } from 'astro';
import { htmlLang, type Locale } from '../../i18n/locales';
import { homeHref } from '../../i18n/paths';
import { useTranslations } from '../../i18n/ui';
import { webManifest } from './web-manifest';

/** `manifest.webmanifest` for one language (src/offline/node/web-manifest.ts). */
export const webManifestRoute =
  (locale: Locale): APIRoute =>
  () => {
    const t = useTranslations(locale);
    const manifest = webManifest({
      lang: htmlLang[locale],
      name: t('site.title'),
      shortName: t('site.shortName'),
      description: t('site.tagline'),
      home: homeHref(locale),
      base: import.meta.env.BASE_URL,
    });
    return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
  };
