/**
 * Deployment settings read from the environment, so one build command serves
 * every host: `SITE_URL` is the absolute origin used for canonical URLs and the
 * sitemap, `BASE_PATH` the folder the site is served from (`/guide/` on GitHub
 * Pages, `/` elsewhere).
 */
export interface SiteConfig {
  site: string;
  base: string;
}

const DEFAULT_SITE = 'http://127.0.0.1:4321';

export function normalizeBasePath(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  if (/[?#\\\s]/.test(value) || value.includes('//') || value.includes('..')) {
    throw new Error(`BASE_PATH must be a plain path such as "/guide/", got ${JSON.stringify(raw)}`);
  }
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return `/${trimmed}/`;
}

export function normalizeSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as "https://example.org", got ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https, got ${JSON.stringify(raw)}`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL is the origin only (put the folder in BASE_PATH), got ${JSON.stringify(raw)}`,
    );
  }
  return url.origin;
}

export function readSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  return {
    site: normalizeSiteUrl(env.SITE_URL),
    base: normalizeBasePath(env.BASE_PATH),
  };
}
