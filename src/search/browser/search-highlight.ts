/** Marks the searched terms on a page opened from a search result (Pagefind's own highlighter). */
export async function highlightTerms(bundlePath: string): Promise<void> {
  const url = `${bundlePath}pagefind-highlight.js`;
  try {
    const module = (await import(/* @vite-ignore */ url)) as { default: new (options: object) => unknown };
    new module.default({ highlightParam: 'highlight', markContext: '[data-pagefind-body]' });
  } catch {
    // No index (dev server) or an old bundle: the page is still fine without marks.
  }
}
