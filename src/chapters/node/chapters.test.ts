import { describe, expect, it } from 'vitest';
import { groupByPart, groupChapters, neighbours, parityProblems, toChapter, type ChapterEntry, type PartEntry } from './chapters';

const entry = (id: string, order: number, part = 'one'): ChapterEntry => ({
  id,
  filePath: `content/${id}.mdx`,
  data: { title: id, description: `about ${id}`, part, order },
});
const part = (id: string, order: number): PartEntry => ({ id, data: { order, title: { zh: `第${order}部分`, en: `Part ${order}` } } });
const parts = [part('one', 1), part('two', 2)];

describe('toChapter', () => {
  it('splits the id into language and slug', () => {
    expect(toChapter(entry('en/faq', 8))).toMatchObject({ locale: 'en', slug: 'faq', order: 8 });
  });
  it('rejects an unknown language folder or a nested path, naming the file', () => {
    expect(() => toChapter(entry('fr/faq', 1))).toThrow('content/fr/faq.mdx');
    expect(() => toChapter(entry('zh/a/b', 1))).toThrow(/content\/<zh\|en>\/<slug>\.mdx/);
  });
});

describe('groupChapters', () => {
  it('sorts each language by order', () => {
    const grouped = groupChapters([entry('zh/b', 2), entry('zh/a', 1), entry('en/a', 1), entry('en/b', 2)], parts);
    expect(grouped.zh.map((c) => c.slug)).toEqual(['a', 'b']);
    expect(grouped.en.map((c) => c.slug)).toEqual(['a', 'b']);
  });
  it('names the chapter that has no translation', () => {
    expect(() => groupChapters([entry('zh/a', 1), entry('en/a', 1), entry('en/b', 2)], parts)).toThrow(
      'content/en/b.mdx: missing translation, no 中文 version (add content/zh/b.mdx)',
    );
  });
  it('rejects two chapters with the same order', () => {
    expect(() => groupChapters([entry('zh/a', 1), entry('zh/b', 1), entry('en/a', 1), entry('en/b', 1)], parts)).toThrow(
      'content/zh/b.mdx: order 1 in part "one" is also used by content/zh/a.mdx',
    );
  });
  it('rejects twins in different positions', () => {
    expect(() => groupChapters([entry('zh/a', 1), entry('en/a', 2)], parts)).toThrow(
      'content/en/a.mdx: order 2 differs from content/zh/a.mdx (order 1)',
    );
  });
});

describe('parts', () => {
  it('orders chapters part by part, then by order within the part', () => {
    const grouped = groupChapters([entry('zh/x', 1, 'two'), entry('zh/y', 5), entry('en/x', 1, 'two'), entry('en/y', 5)], parts);
    expect(grouped.en.map((c) => c.slug)).toEqual(['y', 'x']);
  });
  it('names the chapter whose part is not declared, and the parts there are', () => {
    expect(() => groupChapters([entry('zh/a', 1, 'three'), entry('en/a', 1, 'three')], parts)).toThrow(
      'content/zh/a.mdx: part "three" is not declared in content/parts.yaml (declared: one, two)',
    );
  });
  it('names twins placed in different parts', () => {
    expect(() => groupChapters([entry('zh/a', 1, 'one'), entry('en/a', 1, 'two')], parts)).toThrow(
      'content/en/a.mdx: part "two" differs from content/zh/a.mdx (part "one")',
    );
  });
  it('groups one language under its part titles, in part order, leaving out empty parts', () => {
    const grouped = groupChapters([entry('zh/x', 1, 'two'), entry('zh/y', 1), entry('en/x', 1, 'two'), entry('en/y', 1)], [
      ...parts,
      part('empty', 3),
    ]);
    const result = groupByPart(grouped.zh, [part('empty', 3), ...parts], 'zh');
    expect(result.map((p) => [p.id, p.title, p.chapters.map((c) => c.slug)])).toEqual([
      ['one', '第1部分', ['y']],
      ['two', '第2部分', ['x']],
    ]);
  });
});

describe('neighbours', () => {
  const list = groupChapters(
    [entry('zh/a', 1), entry('zh/b', 2), entry('zh/c', 1, 'two'), entry('en/a', 1), entry('en/b', 2), entry('en/c', 1, 'two')],
    parts,
  ).zh;
  it('gives previous and next, across part boundaries', () => {
    const { previous, next } = neighbours(list, 'b');
    expect(previous?.slug).toBe('a');
    expect(next?.slug).toBe('c');
    expect(neighbours(list, 'c').previous?.slug).toBe('b');
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(list, 'a').previous).toBeUndefined();
    expect(neighbours(list, 'c').next).toBeUndefined();
    expect(neighbours(list, 'zzz')).toEqual({});
  });
});

describe('parityProblems', () => {
  const grouped = groupChapters([entry('zh/a', 1), entry('en/a', 1)], parts);
  it('is empty when both languages have the same formulas, diagrams and code', () => {
    expect(parityProblems(grouped, () => ({ formulas: 3, diagrams: 1, codeBlocks: 2 }))).toEqual([]);
  });
  it('names both files and what differs', () => {
    const counts = (c: { locale: string }) => ({ formulas: c.locale === 'zh' ? 3 : 2, diagrams: 1, codeBlocks: 2 });
    expect(parityProblems(grouped, counts)).toEqual(['content/zh/a.mdx has 3 formulas but content/en/a.mdx has 2']);
  });
});
