import { createHash } from 'node:crypto';

/**
 * Sets <html data-theme> before the first paint, from the reader's saved
 * choice or else the system setting, so the page never flashes the wrong
 * theme; and marks <html data-js> so controls that need JavaScript show.
 * It stays inline and tiny because it blocks rendering by design; being
 * inline, the Content-Security-Policy allows it by its hash (THEME_SCRIPT_HASH).
 */
export const THEME_SCRIPT = `(() => {
  let saved = null;
  try {
    saved = localStorage.getItem('theme');
  } catch {}
  const dark = saved === 'dark' || (saved !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  document.documentElement.dataset.js = '';
})();`;

export const THEME_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;
