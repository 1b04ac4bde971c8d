/**
 * Loads, once the page is idle, the KaTeX fonts its formulas use. A section
 * off screen is laid out only when the reader nears it, and only then does
 * the browser ask for the fonts of its formulas; a font that arrives after
 * its formula was drawn in a fallback moves the text around it while the
 * reader is looking at it. Loading the page's own faces at idle, before the
 * reader gets there, keeps the text still; faces no formula of the page uses
 * are never fetched.
 *
 * Which faces: each rule of KaTeX's stylesheet that sets a KaTeX font family
 * names its face, and the page uses it if an element matches the rule's
 * selector. Matching selectors computes no style, so sections the browser
 * has not laid out stay that way.
 */

/** The CSS `font` shorthand of each KaTeX face that an element under `root` matches a rule for. */
export function katexFontsUsed(root: ParentNode, sheets: Iterable<CSSStyleSheet>): Set<string> {
  const fonts = new Set<string>();
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // A stylesheet of another origin cannot be read, and holds no KaTeX rule of ours.
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSStyleRule) || !rule.style.fontFamily.includes('KaTeX_')) continue;
      const font = `${rule.style.fontStyle || 'normal'} ${rule.style.fontWeight || '400'} 1em ${rule.style.fontFamily}`;
      if (!fonts.has(font) && root.querySelector(rule.selectorText)) fonts.add(font);
    }
  }
  return fonts;
}

export function loadKatexFonts(): void {
  const whenIdle = (task: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 500));
  whenIdle(() => {
    for (const font of katexFontsUsed(document, document.styleSheets)) void document.fonts.load(font).catch(() => undefined);
  });
}
