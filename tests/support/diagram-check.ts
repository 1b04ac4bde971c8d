import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { diagramInfo, diagramKey } from '../../src/diagrams/node/diagram-source';
import type { ChapterSource } from '../../scripts/lib/mdx';

export interface DiagramProblem {
  /** `content/zh/concepts.mdx:42`: the file and the line of the problem. */
  where: string;
  message: string;
}

type Parse = (source: string) => Promise<unknown>;

const CJK = /[\u3400-\u9fff]/;

/**
 * Checks every ```mermaid fence of the given chapters: Mermaid can parse it
 * (an error names the line inside the file), it has an accessible title and
 * description in the chapter's language, and its drawn size is on record so
 * the page can reserve its box. `parse` is Mermaid's own parser.
 */
export async function checkDiagrams(
  chapters: readonly ChapterSource[],
  parse: Parse,
  sizes: Record<string, unknown>,
): Promise<DiagramProblem[]> {
  const problems: DiagramProblem[] = [];
  for (const chapter of chapters) {
    const fences: Code[] = [];
    visit(chapter.tree, 'code', (node) => {
      if (node.lang === 'mermaid') fences.push(node);
    });
    for (const fence of fences) {
      const fenceLine = fence.position?.start.line ?? 0;
      const at = (line: number) => `${chapter.file}:${line}`;
      try {
        await parse(fence.value);
      } catch (error) {
        const loc = (error as { hash?: { loc?: { first_line?: number } } }).hash?.loc;
        const line = loc?.first_line ? fenceLine + loc.first_line : fenceLine;
        problems.push({ where: at(line), message: `Mermaid cannot parse this diagram: ${(error as Error).message}` });
        continue;
      }
      const { title, description } = diagramInfo(fence.value);
      if (!title || !description) {
        problems.push({ where: at(fenceLine), message: 'a diagram needs accTitle: and accDescr: (its accessible name and description)' });
      } else if (chapter.locale === 'zh' && !CJK.test(title + description)) {
        problems.push({ where: at(fenceLine), message: 'the accessible title and description of a Chinese page must be in Chinese' });
      } else if (chapter.locale === 'en' && CJK.test(title + description)) {
        problems.push({ where: at(fenceLine), message: 'the accessible title and description of an English page must be in English' });
      }
      if (!(diagramKey(fence.value) in sizes)) {
        problems.push({
          where: at(fenceLine),
          message: 'no recorded size for this diagram, so its box cannot be reserved: run `npm run diagrams:measure`',
        });
      }
    }
  }
  return problems;
}
