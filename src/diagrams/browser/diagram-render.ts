import mermaid from 'mermaid';
import { openDiagramDialog } from './diagram-dialog';

/** Diagrams drawn so far, to redraw when the theme changes. */
const drawn = new Set<HTMLElement>();
let serial = 0;
let queue: Promise<void> = Promise.resolve();

let configuredFor: string | undefined;

/** Configures Mermaid for the page's theme, only when that changed since the last diagram; says whether it did. */
function configure(): boolean {
  const theme = document.documentElement.dataset.theme ?? 'light';
  // The EPUB export (src/export) asks for labels as SVG text: reading systems need not know HTML inside SVG.
  const svgLabels = (globalThis as { __diagramSvgLabels?: boolean }).__diagramSvgLabels === true;
  const key = `${theme}${svgLabels ? ':svg-labels' : ''}`;
  if (key === configuredFor) return false;
  configuredFor = key;
  const dark = theme === 'dark';
  mermaid.initialize({
    startOnLoad: false,
    // Labels are text only: no HTML, no click handlers, no scripts.
    securityLevel: 'strict',
    // Mermaid 12 defaults to ELK, which would add ~460 KB gzip of JavaScript.
    layout: 'dagre',
    theme: dark ? 'dark' : 'default',
    // Mermaid's dark edge labels (#ccc on #585858) fall short of 4.5:1 contrast.
    themeVariables: dark ? { edgeLabelBackground: '#2d333b' } : {},
    fontFamily: getComputedStyle(document.body).fontFamily,
    ...(svgLabels ? { htmlLabels: false } : {}),
    flowchart: { useMaxWidth: false, ...(svgLabels ? { htmlLabels: false } : {}) },
    suppressErrorRendering: true,
  });
  return true;
}

/** Gives the browser a turn between diagrams so drawing never blocks input for long (scheduler.yield where there is one). */
const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
};

export function renderDiagrams(figures: readonly HTMLElement[]): Promise<void> {
  queue = queue.then(async () => {
    for (const figure of figures) {
      await draw(figure);
      await yieldToMain();
    }
  });
  return queue;
}

export function redrawAll(): Promise<void> {
  return renderDiagrams([...drawn]);
}

async function draw(figure: HTMLElement): Promise<void> {
  const code = figure.querySelector<HTMLPreElement>('.diagram-code');
  const canvas = figure.querySelector<HTMLElement>('.diagram-canvas');
  if (!code || !canvas) return;
  const source = code.textContent ?? '';
  // Separate tasks for what would otherwise run back to back: the evaluation of Mermaid's code
  // (the first time), its configuration, and the drawing itself.
  await yieldToMain();
  if (configure()) await yieldToMain();
  let svgMarkup: string;
  try {
    // render() parses the source itself and throws on an error; no separate parse() first.
    svgMarkup = (await mermaid.render(`${figure.id}-svg-${(serial += 1)}`, source)).svg;
  } catch (error) {
    showError(figure, error);
    return;
  }
  await yieldToMain();
  const svg = toElement(svgMarkup);
  const stage = canvas.querySelector<HTMLElement>('.diagram-stage');
  if (!svg || !stage) return;
  recordNaturalSize(figure, svg);
  // Swap in one step: the previous drawing stays until the new one is ready.
  const previous = stage.querySelector('svg.diagram-svg');
  if (previous) previous.replaceWith(svg);
  else stage.append(svg);
  if (!drawn.has(figure)) {
    drawn.add(figure);
    finishFirstDraw(figure, code);
  }
  figure.dataset.state = 'drawn';
}

function toElement(markup: string): SVGSVGElement | null {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const svg = template.content.querySelector('svg');
  if (svg) svg.classList.add('diagram-svg');
  return svg;
}

/**
 * Records the drawing's natural size, which `npm run diagrams:measure` reads,
 * and sizes the SVG: at its natural size when the page reserved no box, or
 * scaled into the reserved box (CSS) so that nothing around it moves.
 */
function recordNaturalSize(figure: HTMLElement, svg: SVGSVGElement): void {
  const viewBox = svg.viewBox.baseVal;
  const width = String(Math.ceil(viewBox.width));
  const height = String(Math.ceil(viewBox.height));
  figure.dataset.naturalSize = `${width} ${height}`;
  svg.removeAttribute('style');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
}

/** After the first drawing: the source goes into a disclosure, and a zoom button appears. */
function finishFirstDraw(figure: HTMLElement, code: HTMLPreElement): void {
  const details = document.createElement('details');
  details.className = 'diagram-source';
  const summary = document.createElement('summary');
  summary.textContent = figure.dataset.labelSource ?? 'Source';
  details.append(summary, code);
  const zoom = document.createElement('button');
  zoom.type = 'button';
  zoom.className = 'diagram-zoom text-button';
  zoom.textContent = figure.dataset.labelZoom ?? 'Zoom';
  zoom.addEventListener('click', () => openDiagramDialog(figure, zoom));
  const tools = figure.querySelector('.diagram-tools') ?? figure.appendChild(document.createElement('div'));
  tools.className = 'diagram-tools';
  tools.append(zoom, details);
}

function showError(figure: HTMLElement, error: unknown): void {
  figure.dataset.state = 'error';
  figure.querySelector('.diagram-error')?.remove();
  const box = document.createElement('div');
  box.className = 'diagram-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.className = 'diagram-error-title';
  heading.textContent = figure.dataset.labelError ?? 'This diagram could not be drawn.';
  const message = document.createElement('pre');
  message.textContent = error instanceof Error ? error.message : String(error);
  box.append(heading, message);
  figure.querySelector('.diagram-canvas')?.before(box);
  // The source stays in place below the message, where the reader can see what is wrong.
  figure.querySelector('svg.diagram-placeholder')?.remove();
}
