import type { Root } from 'hast';
import type { VFile } from 'vfile';

type VFileMessage = VFile['messages'][number];

/**
 * rehype-katex catches every KaTeX error, records it as a vfile message and
 * renders a red span instead; Astro never prints those messages. Run this
 * plugin right after rehype-katex so that a formula that does not compile
 * stops the build with the file, the line and KaTeX's own explanation.
 */
export function rehypeKatexErrors() {
  return (_tree: Root, file: VFile): void => {
    const problems = file.messages.filter((message) => message.source === 'rehype-katex');
    if (problems.length > 0) {
      throw new Error(formatKatexErrors(file.path, problems));
    }
  };
}

export function formatKatexErrors(path: string | undefined, messages: readonly VFileMessage[]): string {
  const lines = messages.map((message) => {
    const where = `${path ?? '<unknown file>'}:${message.line ?? '?'}:${message.column ?? '?'}`;
    const reason = message.cause instanceof Error ? message.cause.message : message.reason;
    return `  ${where}  ${reason}`;
  });
  const noun = messages.length === 1 ? 'formula' : 'formulas';
  return `KaTeX could not render ${messages.length} ${noun}:\n${lines.join('\n')}`;
}
