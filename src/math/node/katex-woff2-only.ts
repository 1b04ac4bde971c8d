import type { Plugin } from 'vite';

/**
 * KaTeX's stylesheet lists every font three times (woff2, woff, ttf). Every
 * browser we serve reads woff2, so strip the other two: Vite then emits only
 * the woff2 files and the page can never fall back to a heavier format.
 */
export function keepOnlyWoff2(css: string): string {
  return css.replace(/,\s*url\(\s*["']?[^)"']+\.(?:woff|ttf)["']?\s*\)\s*format\(\s*["'](?:woff|truetype)["']\s*\)/g, '');
}

const KATEX_CSS = /[\\/]katex[\\/]dist[\\/]katex(?:\.min)?\.css(?:\?|$)/;

export function katexWoff2Only(): Plugin {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!KATEX_CSS.test(id)) return null;
      const css = keepOnlyWoff2(code);
      if (/\.(?:woff|ttf)["')\s]/.test(css)) {
        throw new Error(`katex-woff2-only: ${id} still references woff or ttf fonts; its @font-face format changed`);
      }
      return { code: css, map: null };
    },
  };
}
