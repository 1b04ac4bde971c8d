/**
 * Copying a selection that contains formulas puts their LaTeX source on the
 * clipboard ($…$ inline, $$…$$ display), as KaTeX's copy-tex extension does,
 * read from the TeX annotation KaTeX writes into its MathML. A selection that
 * starts or ends inside a formula takes the whole formula.
 */
export function texForSelection(range: Range): string | undefined {
  const expanded = range.cloneRange();
  const startKatex = (expanded.startContainer.parentElement ?? (expanded.startContainer as Element)).closest?.('.katex');
  const endKatex = (expanded.endContainer.parentElement ?? (expanded.endContainer as Element)).closest?.('.katex');
  if (startKatex) expanded.setStartBefore(startKatex);
  if (endKatex) expanded.setEndAfter(endKatex);
  const fragment = expanded.cloneContents();
  const formulas = [...fragment.querySelectorAll('.katex')];
  if (formulas.length === 0) return undefined;
  for (const katex of formulas) {
    const tex = katex.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '';
    const display = katex.parentElement?.classList.contains('katex-display') || katex.closest('.katex-display') !== null;
    katex.replaceWith(display ? `$$${tex}$$` : `$${tex}$`);
  }
  // A lone display formula comes out as its own line.
  for (const display of fragment.querySelectorAll('.katex-display')) display.replaceWith(display.textContent ?? '');
  return fragment.textContent ?? '';
}

export function initCopyTex(): void {
  document.addEventListener('copy', (event) => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !event.clipboardData) return;
    const text = texForSelection(selection.getRangeAt(0));
    if (text === undefined) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  });
}
