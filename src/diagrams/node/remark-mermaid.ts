import type { Element, ElementContent } from 'hast';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { diagramInfo, diagramKey } from './diagram-source';
import { captionNumber, type NumberedFigure } from '../../apparatus/node/remark-apparatus';

export interface DiagramLabels {
  /** Summary of the disclosure that holds the source once the diagram is drawn. */
  source: string;
  /** Button that opens the diagram full size. */
  zoom: string;
  /** Close button of the full-size view. */
  close: string;
  /** Heading of the box shown when Mermaid cannot draw the diagram. */
  error: string;
}

export interface RemarkMermaidOptions {
  /** Rendered sizes by diagram key, measured by `npm run diagrams:measure`. */
  sizes: Record<string, readonly [number, number]>;
  /** Interface strings, in the language of the file being rendered. */
  labels: (file: VFile) => DiagramLabels;
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Turns each ```mermaid fence into a figure that the browser script draws
 * (see src/diagrams/browser/diagrams.ts). Until then, and without JavaScript, the
 * source shows as preformatted text in a box already the size of the drawing
 * when that size is known, so nothing moves when the SVG arrives. Running at
 * the Markdown stage keeps the fence away from the code highlighter.
 */
export function remarkMermaid(options: RemarkMermaidOptions) {
  return (tree: Root, file: VFile): void => {
    let index = 0;
    visit(tree, 'code', (node, position, parent) => {
      if (node.lang !== 'mermaid' || !parent || position === undefined) return;
      index += 1;
      const source = node.value;
      const key = diagramKey(source);
      const { title } = diagramInfo(source);
      const labels = options.labels(file);
      const size = options.sizes[key];
      // A labelled diagram (src/apparatus) has the label as its id and a number before its title.
      const numbered = (node.data as { figure?: NumberedFigure } | undefined)?.figure;
      const id = numbered?.id ?? `diagram-${index}`;

      // The stage is sized by the placeholder (the recorded drawing size); the
      // drawing is laid over it, so the box never changes size.
      const stage = el(
        'div',
        { className: ['diagram-stage'] },
        size
          ? [
              el('svg', {
                className: ['diagram-placeholder'],
                viewBox: `0 0 ${size[0]} ${size[1]}`,
                width: String(size[0]),
                height: String(size[1]),
                ariaHidden: 'true',
              }),
            ]
          : [],
      );
      const canvas = el('div', { className: ['diagram-canvas'] }, [
        stage,
        el('pre', { className: ['diagram-code'], id: `${id}-source`, tabIndex: 0 }, [text(source)]),
      ]);

      const figure = el(
        'figure',
        {
          className: ['diagram'],
          id,
          dataDiagram: key,
          dataLine: String(node.position?.start.line ?? 0),
          dataLabelSource: labels.source,
          dataLabelZoom: labels.zoom,
          dataLabelClose: labels.close,
          dataLabelError: labels.error,
        },
        [
          ...(title || numbered
            ? [el('figcaption', { className: ['diagram-title'] }, [...(numbered ? captionNumber(numbered).slice(0, title ? 2 : 1) : []), ...(title ? [text(title)] : [])])]
            : []),
          canvas,
          // Filled by the script once the diagram is drawn; its height is reserved now so nothing below moves.
          el('div', { className: ['diagram-tools'] }),
        ],
      );

      const replacement = {
        type: 'mermaidDiagram',
        data: { hName: 'figure', hProperties: figure.properties, hChildren: figure.children },
      } as unknown as RootContent;
      parent.children.splice(position, 1, replacement);
    });
  };
}
