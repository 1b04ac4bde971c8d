/**
 * Two chapters for measuring diagram pages whatever fonts the machine has:
 * one that opens with a diagram, and one whose diagrams sit far below the
 * first screen (after some forty paragraphs). Both reuse the concepts
 * chapter's diagram, whose drawn size is recorded, in both languages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const DIAGRAM_FIRST = 'bench-diagram-first';
export const DIAGRAM_BELOW = 'bench-diagram-below';

function diagramOf(file: string): string {
  const fence = /```mermaid\n[\s\S]*?\n```/.exec(readFileSync(file, 'utf8'));
  if (!fence) throw new Error(`${file} has no diagram`);
  return fence[0];
}

function paragraphs(locale: string, count: number): string {
  const text =
    locale === 'zh'
      ? '这一段文字只是为了把图表推到第一屏之外，长度足以在任何字体和屏幕宽度下占据几行。大模型的训练与部署都离不开清晰的流程图。'
      : 'This paragraph only pushes the diagrams below the first screen; it is long enough to take several lines with any font and screen width.';
  return Array.from({ length: count }, () => text).join('\n\n');
}

/** Adds the two fixture chapters to a copy of the content folder. */
export function writeDiagramFixtures(contentDir: string): void {
  for (const locale of ['zh', 'en']) {
    const diagram = diagramOf(path.join(contentDir, locale, 'concepts.mdx'));
    const front = (title: string, order: number) =>
      `---\ntitle: ${title}\ndescription: A benchmark fixture.\npart: foundations\norder: ${order}\n---\n\n`;
    writeFileSync(
      path.join(contentDir, locale, `${DIAGRAM_FIRST}.mdx`),
      `${front('Diagram first', 900)}${diagram}\n\n${paragraphs(locale, 3)}\n`,
    );
    writeFileSync(
      path.join(contentDir, locale, `${DIAGRAM_BELOW}.mdx`),
      `${front('Diagrams below', 901)}${paragraphs(locale, 40)}\n\n${diagram}\n\n${paragraphs(locale, 5)}\n\n${diagram}\n`,
    );
  }
}
