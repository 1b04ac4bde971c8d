import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { normalizeOutput, pythonExamples } from '../../scripts/lib/code-examples';

const parse = (md: string) => unified().use(remarkParse).parse(md) as Root;

describe('pythonExamples', () => {
  it('pairs a Python block with the output block right after it', () => {
    const md = ['```python', 'print(1)', '```', '', '```text title="Output"', '1', '```'].join('\n');
    expect(pythonExamples(parse(md))).toEqual([{ line: 1, code: 'print(1)', expectedOutput: '1' }]);
  });
  it('reads the skip reason', () => {
    const md = '```python skip-run="needs TensorFlow"\nimport tensorflow\n```';
    expect(pythonExamples(parse(md))[0]?.skipReason).toBe('needs TensorFlow');
  });
  it('does not take a plain text block, or one further away, as output', () => {
    const md = ['```python', 'x = 1', '```', '', 'Some prose.', '', '```text', 'not output', '```'].join('\n');
    expect(pythonExamples(parse(md))[0]?.expectedOutput).toBeUndefined();
  });
  it('rejects an output block that follows no Python block', () => {
    const md = ['Prose.', '', '```text title="输出"', '1', '```'].join('\n');
    expect(() => pythonExamples(parse(md))).toThrow('line 3: an output block must directly follow');
  });
});

describe('normalizeOutput', () => {
  it('ignores trailing spaces and newlines only', () => {
    expect(normalizeOutput('a  \nb\n\n')).toBe('a\nb');
    expect(normalizeOutput(' a')).toBe(' a');
  });
});
