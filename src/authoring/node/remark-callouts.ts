import type { Blockquote, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** The GitHub alert types, in GitHub's order. */
export const CALLOUT_TYPES = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export interface CalloutOptions {
  /** The visible title of each type, in the language of the file being rendered. */
  labels: (file: VFile) => Record<CalloutType, string>;
}

/** `[!NOTE]` alone on the first line of a blockquote, as GitHub writes it (any case). */
const MARKER = /^\[!([A-Za-z]+)\][ \t]*(?:\r?\n|$)/;

// Our own 24×24 line icons, drawn with the text colour of the callout.
const ICONS: Record<CalloutType, string[]> = {
  note: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M12 11v6', 'M12 7.5v.5'],
  tip: ['M9 18h6', 'M10 21h4', 'M12 3a6 6 0 0 0-3.6 10.8c.7.6 1.1 1.3 1.1 2.2h5c0-.9.4-1.6 1.1-2.2A6 6 0 0 0 12 3z'],
  important: ['M4 4h16v12H9l-5 4z', 'M12 7v4.5', 'M12 14v.5'],
  warning: ['M12 3.5 2.5 20h19z', 'M12 10v4.5', 'M12 17v.5'],
  caution: ['M8.3 3h7.4L21 8.3v7.4L15.7 21H8.3L3 15.7V8.3z', 'M12 7.5v5.5', 'M12 16v.5'],
};

/** The type named by a blockquote's `[!TYPE]` marker, if it has one (unknown types included). */
export function calloutMarker(node: Blockquote): { type: string; length: number } | undefined {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = first.children[0];
  if (text?.type !== 'text') return undefined;
  const match = MARKER.exec(text.value);
  return match ? { type: match[1]!.toLowerCase(), length: match[0].length } : undefined;
}

const isType = (type: string): type is CalloutType => (CALLOUT_TYPES as readonly string[]).includes(type);

/**
 * GitHub's alert syntax (`> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`,
 * `[!CAUTION]`) becomes a callout: `<div class="callout callout-note"
 * role="note">` whose first line is an icon and the type's localised label,
 * the label naming the note. An unknown type stops the build with the file
 * and line, instead of showing a stray `[!DANGER]` in a quotation.
 */
export function remarkCallouts(options: CalloutOptions) {
  return (tree: Root, file: VFile): void => {
    let count = 0;
    visit(tree, 'blockquote', (node) => {
      const marker = calloutMarker(node);
      if (!marker) return;
      if (!isType(marker.type)) {
        file.fail(
          `Unknown callout type "[!${marker.type.toUpperCase()}]": use one of ${CALLOUT_TYPES.map((t) => `[!${t.toUpperCase()}]`).join(', ')}`,
          node,
          'remark-callouts:unknown-type',
        );
      }
      const type = marker.type;
      count += 1;
      const id = `callout-${count}`;
      // Drop the marker; a paragraph left empty goes too.
      const first = node.children[0] as Paragraph;
      const text = first.children[0] as { value: string };
      text.value = text.value.slice(marker.length);
      if (text.value === '') first.children.shift();
      if (first.children.length === 0) node.children.shift();

      const title: RootContent = {
        type: 'paragraph',
        data: { hProperties: { className: ['callout-title'], id } },
        children: [icon(type), { type: 'text', value: options.labels(file)[type] }],
      };
      node.children.unshift(title as Paragraph);
      node.data = {
        ...node.data,
        hName: 'div',
        hProperties: { className: ['callout', `callout-${type}`], role: 'note', ariaLabelledBy: [id] },
      };
    });
  };
}

/** An inline SVG icon, as an mdast node that becomes `<svg>` in HTML. */
function icon(type: CalloutType): Paragraph['children'][number] {
  return {
    type: 'text',
    value: '',
    data: {
      hName: 'svg',
      hProperties: {
        className: ['callout-icon'],
        viewBox: '0 0 24 24',
        width: 20,
        height: 20,
        ariaHidden: 'true',
        focusable: 'false',
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: '2',
        strokeLinecap: 'round',
        strokeLinejoin: 'round',
      },
      hChildren: ICONS[type].map((d) => ({ type: 'element', tagName: 'path', properties: { d }, children: [] })),
    },
  };
}
