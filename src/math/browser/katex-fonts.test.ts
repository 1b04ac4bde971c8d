// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { katexFontsUsed } from './katex-fonts';

/** Computed fonts as KaTeX's stylesheet gives them, by class. */
const FONTS: Record<string, string> = {
  'mord mathnormal': 'KaTeX_Math',
  mord: 'KaTeX_Main',
  'delimsizing size1': 'KaTeX_Size1',
  'section-number': 'Noto Sans',
};
const style = (element: Element) =>
  ({ fontStyle: element.classList.contains('mathnormal') ? 'italic' : 'normal', fontWeight: '400', fontFamily: FONTS[element.getAttribute('class')!] ?? 'KaTeX_Main' }) as CSSStyleDeclaration;

describe('katexFontsUsed', () => {
  it('names each KaTeX face the formulas use, once, asking one element per class list', () => {
    document.body.innerHTML = `
      <h2 class="section-number">1</h2>
      <span class="katex"><span class="katex-html">
        <span class="mord mathnormal">x</span><span class="mord">=</span><span class="mord mathnormal">y</span>
        <span class="delimsizing size1">(</span>
      </span></span>
      <span class="katex"><span class="katex-html"><span class="mord mathnormal">z</span></span></span>`;
    const asked: string[] = [];
    const fonts = katexFontsUsed(document, (element) => (asked.push(element.getAttribute('class')!), style(element)));
    expect([...fonts].sort()).toEqual(['italic 400 1em KaTeX_Math', 'normal 400 1em KaTeX_Main', 'normal 400 1em KaTeX_Size1']);
    expect(asked.sort()).toEqual(['delimsizing size1', 'mord', 'mord mathnormal']);
  });

  it('finds nothing on a page without formulas', () => {
    document.body.innerHTML = '<p class="lead">No formulas here.</p>';
    expect(katexFontsUsed(document, style).size).toBe(0);
  });
});
