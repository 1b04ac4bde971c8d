import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keepOnlyWoff2 } from './katex-woff2-only';

describe('keepOnlyWoff2', () => {
  it('drops woff and ttf sources and keeps woff2', () => {
    const css =
      '@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2"),url(fonts/KaTeX_Main-Regular.woff) format("woff"),url(fonts/KaTeX_Main-Regular.ttf) format("truetype")}';
    expect(keepOnlyWoff2(css)).toBe(
      '@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2")}',
    );
  });

  it('leaves the installed KaTeX stylesheet with woff2 fonts only', () => {
    const require = createRequire(import.meta.url);
    const css = keepOnlyWoff2(readFileSync(require.resolve('katex/dist/katex.min.css'), 'utf8'));
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(15);
    expect(urls.every((u) => u!.endsWith('.woff2'))).toBe(true);
  });
});
