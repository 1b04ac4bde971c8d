/**
 * Draws the page's Mermaid diagrams, lazily. Nothing of Mermaid runs until a
 * diagram comes into view; a page without diagrams never loads this file at
 * all (Diagrams.astro is only rendered on pages that have one). So that a
 * diagram scrolled into view need not wait for the network, the files drawing
 * needs (listed at build time in DIAGRAM_CHUNK_LIST) are preloaded, a few at
 * a time, once the page has loaded and the browser is idle: fetched and
 * compiled, not run.
 */
import { DIAGRAM_CHUNK_LIST } from '../shared/chunk-list';
import { DRAW_ALL_DIAGRAMS } from '../shared/draw-all';

type Renderer = typeof import('./diagram-render');

const PREFETCH_BATCH = 4;

export function watchDiagrams(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure.diagram')];
  if (figures.length === 0) return;
  let renderer: Promise<Renderer> | undefined;
  const load = () => (renderer ??= import('./diagram-render'));

  // A quarter of a screen ahead: drawing starts just before a diagram scrolls in, never for one far below.
  const observer = new IntersectionObserver(
    (entries) => {
      const visible = entries.filter((e) => e.isIntersecting).map((e) => e.target as HTMLElement);
      if (visible.length === 0) return;
      for (const figure of visible) observer.unobserve(figure);
      void load().then((r) => r.renderDiagrams(visible));
    },
    { rootMargin: '0px 0px 25% 0px' },
  );
  for (const figure of figures) observer.observe(figure);

  // Everything at once, for the export: the ones not yet drawn, in page order.
  document.addEventListener(DRAW_ALL_DIAGRAMS, () => {
    observer.disconnect();
    void load().then((r) => r.renderDiagrams(figures.filter((figure) => !figure.dataset.state)));
  });

  // Redraw in the new colours; diagrams not drawn yet will use them anyway.
  document.addEventListener('themechange', () => {
    if (renderer) void renderer.then((r) => r.redrawAll());
  });

  const prefetch = () => whenIdle(() => void prefetchDiagramCode(() => renderer !== undefined));
  if (document.readyState === 'complete') prefetch();
  else addEventListener('load', prefetch, { once: true });
}

const whenIdle = (task: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200));

/**
 * Adds `<link rel="modulepreload">` for the drawing code, a batch per idle
 * period; stops once drawing has begun loading it anyway. (A plain prefetch
 * leaves compiling to the moment the diagram is needed; modulepreload does
 * it ahead, off the critical moment, and still runs nothing.)
 */
async function prefetchDiagramCode(loading: () => boolean): Promise<void> {
  const list = new URL(`${import.meta.env.BASE_URL}${DIAGRAM_CHUNK_LIST}`, location.href);
  let files: string[];
  try {
    files = (await (await fetch(list)).json()) as string[];
  } catch {
    return;
  }
  for (let i = 0; i < files.length && !loading(); i += PREFETCH_BATCH) {
    for (const file of files.slice(i, i + PREFETCH_BATCH)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = new URL(file, list).href;
      document.head.append(link);
    }
    await new Promise<void>((resolve) => whenIdle(resolve));
  }
}
