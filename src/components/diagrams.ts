/**
 * Draws the page's Mermaid diagrams, lazily: nothing of Mermaid is fetched
 * until a diagram comes within a screen of the viewport, and a page without
 * diagrams never loads this file at all (Diagrams.astro is only rendered on
 * pages that have one).
 */
type Renderer = typeof import('./diagram-render');

export function watchDiagrams(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure.diagram')];
  if (figures.length === 0) return;
  let renderer: Promise<Renderer> | undefined;
  const load = () => (renderer ??= import('./diagram-render'));

  const observer = new IntersectionObserver(
    (entries) => {
      const near = entries.filter((e) => e.isIntersecting).map((e) => e.target as HTMLElement);
      if (near.length === 0) return;
      for (const figure of near) observer.unobserve(figure);
      void load().then((r) => r.renderDiagrams(near));
    },
    { rootMargin: '100% 0px' },
  );
  for (const figure of figures) observer.observe(figure);

  // Redraw in the new colours; diagrams not drawn yet will use them anyway.
  document.addEventListener('themechange', () => {
    if (renderer) void renderer.then((r) => r.redrawAll());
  });
}
