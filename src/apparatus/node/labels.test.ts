import { describe, expect, it } from 'vitest';
import { labelOfLine, scanLabels } from './labels';

describe('scanLabels', () => {
  it('numbers labels by kind and sections by position, skipping frontmatter, code and math', () => {
    const source = [
      '---',
      'title: "## not a heading"',
      '---',
      '## One',
      '(fig-a)=',
      '![A](./a.png)',
      '```md',
      '## not a heading',
      '(fig-not)=',
      '```',
      '$$',
      '## not a heading either',
      '$$',
      '## Two',
      '(sec-three)=',
      '### Two point one',
      '(eq-x)=',
      '$$ x $$',
      '(fig-b)=',
      '',
      '```mermaid',
      'flowchart LR',
      '```',
    ].join('\n');
    expect(scanLabels(source)).toEqual([
      { label: 'fig-a', kind: 'fig', line: 5, ordinal: 1 },
      { label: 'sec-three', kind: 'sec', line: 15, ordinal: 0, section: { depth: 3, path: [2, 1], title: 'Two point one' } },
      { label: 'eq-x', kind: 'eq', line: 17, ordinal: 1 },
      { label: 'fig-b', kind: 'fig', line: 19, ordinal: 2 },
    ]);
  });

  it('keeps a section label that names no heading, for the compile to report', () => {
    expect(scanLabels('(sec-x)=\nText.\n')).toEqual([{ label: 'sec-x', kind: 'sec', line: 1, ordinal: 0 }]);
  });

  it('reads only well-formed label lines', () => {
    expect(labelOfLine('(fig-gradient-descent)=')).toBe('fig-gradient-descent');
    expect(labelOfLine('(fig-Upper)=')).toBeUndefined();
    expect(labelOfLine('(note-a)=')).toBeUndefined();
    expect(labelOfLine('(fig-a)= trailing')).toBeUndefined();
  });
});
