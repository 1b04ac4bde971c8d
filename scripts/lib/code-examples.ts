import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Titles that mark a ```text block as the printed output of the Python block just before it. */
export const OUTPUT_TITLES = ['Output', '输出'];

export interface PythonExample {
  line: number;
  code: string;
  /** Set when the block is marked `skip-run="reason"`. */
  skipReason?: string;
  /** What the page says the program prints, if it shows an output block. */
  expectedOutput?: string;
}

function metaValue(meta: string | null | undefined, key: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${key}=(?:"([^"]*)"|'([^']*)')`).exec(meta ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

function isOutputBlock(node: unknown): node is Code {
  const code = node as Code;
  return code?.type === 'code' && code.lang === 'text' && OUTPUT_TITLES.includes(metaValue(code.meta, 'title') ?? '');
}

/**
 * Every ```python block of a chapter, with the output block that follows it.
 * Throws, with the line, on an output block that does not follow a Python block.
 */
export function pythonExamples(tree: Root): PythonExample[] {
  const examples: PythonExample[] = [];
  visit(tree, 'code', (node, index, parent) => {
    const line = node.position?.start.line ?? 0;
    const previous = parent && index !== undefined ? parent.children[index - 1] : undefined;
    if (isOutputBlock(node) && (previous?.type !== 'code' || previous.lang !== 'python')) {
      throw new Error(`line ${line}: an output block must directly follow the Python block it belongs to`);
    }
    if (node.lang !== 'python') return;
    const example: PythonExample = { line, code: node.value };
    const skipReason = metaValue(node.meta, 'skip-run');
    if (skipReason !== undefined) example.skipReason = skipReason;
    const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
    if (isOutputBlock(next)) example.expectedOutput = next.value;
    examples.push(example);
  });
  return examples;
}

/** Trailing spaces and final newlines are not part of what a reader compares. */
export function normalizeOutput(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}
