import { createHash } from 'node:crypto';

export interface DiagramInfo {
  /** Mermaid's `accTitle:`: the diagram's accessible name and visible caption. */
  title?: string;
  /** Mermaid's `accDescr:` (one line or a `{ … }` block): its short description. */
  description?: string;
}

/** Reads the accessibility title and description a Mermaid source declares. */
export function diagramInfo(source: string): DiagramInfo {
  const info: DiagramInfo = {};
  const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source);
  if (title) info.title = title[1]!;
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source);
  const line = /^\s*accDescr\s*:\s*(.+?)\s*$/m.exec(source);
  const description = block ? block[1]!.replace(/\s+/g, ' ').trim() : line?.[1];
  if (description) info.description = description;
  return info;
}

/**
 * A short stable key for a diagram's source, used to look up the size it
 * renders at (src/diagrams/diagram-sizes.json) so its box can be reserved.
 */
export function diagramKey(source: string): string {
  return createHash('sha256').update(source.trim().replace(/\r\n/g, '\n')).digest('hex').slice(0, 16);
}
