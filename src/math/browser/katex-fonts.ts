/**
 * Loads, once the page is idle, the KaTeX fonts its formulas use. A section
 * off screen is laid out only when the reader nears it, and only then does
 * the browser ask for the fonts of its formulas; a font that arrives after
 * its formula was drawn in a fallback moves the text around it while the
 * reader is looking at it. Loading the page's own faces at idle, before the
 * reader gets there, keeps the text still; faces no formula of the page uses
 * are never fetched.
 */

/** The CSS `font` shorthand of each KaTeX face the elements under `root` use, asking one element per distinct class list. */
export function katexFontsUsed(root: ParentNode, style: (element: Element) => CSSStyleDeclaration = getComputedStyle): Set<string> {
  const fonts = new Set<string>();
  const seen = new Set<string>();
  for (const element of root.querySelectorAll('.katex-html [class]')) {
    const classes = element.getAttribute('class')!;
    if (seen.has(classes)) continue;
    seen.add(classes);
    const { fontStyle, fontWeight, fontFamily } = style(element);
    if (/KaTeX_/.test(fontFamily)) fonts.add(`${fontStyle} ${fontWeight} 1em ${fontFamily}`);
  }
  return fonts;
}

export function loadKatexFonts(): void {
  const whenIdle = (task: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 500));
  whenIdle(() => {
    for (const font of katexFontsUsed(document)) void document.fonts.load(font).catch(() => undefined);
  });
}
