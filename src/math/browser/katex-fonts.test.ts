// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { katexFontsUsed } from './katex-fonts';

/** Rules as KaTeX's stylesheet writes them. */
const KATEX_CSS = `
.katex { font: normal 1.21em KaTeX_Main, Times New Roman, serif; }
.katex .mathnormal { font-family: KaTeX_Math; font-style: italic; }
.katex .mathbf { font-family: KaTeX_Main; font-weight: 700; }
.katex .delimsizing.size1 { font-family: KaTeX_Size1; }
.katex .mathfrak { font-family: KaTeX_Fraktur; }
.prose { font-family: Noto Sans, sans-serif; }
`;

function page(body: string): CSSStyleSheet[] {
  document.head.innerHTML = `<style>${KATEX_CSS}</style>`;
  document.body.innerHTML = body;
  return [...document.styleSheets];
}

describe('katexFontsUsed', () => {
  it('names each KaTeX face a rule of the stylesheet gives to an element of the page, and no other', () => {
    const sheets = page(`
      <p class="prose">Text</p>
      <span class="katex"><span class="katex-html">
        <span class="mord mathnormal">x</span><span class="mord">=</span><span class="delimsizing size1">(</span>
      </span></span>`);
    const fonts = [...katexFontsUsed(document, sheets)].map((f) => f.replace(/\s+/g, ' '));
    expect(fonts.some((f) => f.startsWith('italic 400 1em KaTeX_Math'))).toBe(true);
    expect(fonts.some((f) => f.startsWith('normal 400 1em KaTeX_Size1'))).toBe(true);
    expect(fonts.some((f) => f.includes('KaTeX_Main'))).toBe(true);
    expect(fonts.some((f) => f.includes('KaTeX_Fraktur'))).toBe(false);
    expect(fonts.some((f) => f.startsWith('normal 700'))).toBe(false);
    expect(fonts.some((f) => f.includes('Noto Sans'))).toBe(false);
  });

  it('finds nothing on a page without formulas', () => {
    const sheets = page('<p class="prose">No formulas here.</p>');
    expect(katexFontsUsed(document, sheets).size).toBe(0);
  });
});
