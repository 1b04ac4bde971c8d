import { describe, expect, it } from 'vitest';
import { groupChapters, neighbours, parityProblems, toChapter, type ChapterEntry } from './chapters';

const entry = (id: string, order: number): ChapterEntry => ({
  id,
  filePath: `content/${id}.mdx`,
  data: { title: id, description: `about ${id}`, order },
});

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
    const grouped = groupChapters([entry('zh/b', 2), entry('zh/a', 1), entry('en/a', 1), entry('en/b', 2)]);
    expect(grouped.zh.map((c) => c.slug)).toEqual(['a', 'b']);
    expect(grouped.en.map((c) => c.slug)).toEqual(['a', 'b']);
  });
  it('names the chapter that has no translation', () => {
    expect(() => groupChapters([entry('zh/a', 1), entry('en/a', 1), entry('en/b', 2)])).toThrow(
      'content/en/b.mdx: missing translation, no 中文 version (add content/zh/b.mdx)',
    );
  });
  it('rejects two chapters with the same order', () => {
    expect(() => groupChapters([entry('zh/a', 1), entry('zh/b', 1), entry('en/a', 1), entry('en/b', 1)])).toThrow(
      'content/zh/b.mdx: order 1 is also used by content/zh/a.mdx',
    );
  });
  it('rejects twins in different positions', () => {
    expect(() => groupChapters([entry('zh/a', 1), entry('en/a', 2)])).toThrow(
      'content/en/a.mdx: order 2 differs from content/zh/a.mdx (order 1)',
    );
  });
});

describe('neighbours', () => {
  const list = groupChapters([entry('zh/a', 1), entry('zh/b', 2), entry('zh/c', 3), entry('en/a', 1), entry('en/b', 2), entry('en/c', 3)]).zh;
  it('gives previous and next', () => {
    const { previous, next } = neighbours(list, 'b');
    expect(previous?.slug).toBe('a');
    expect(next?.slug).toBe('c');
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(list, 'a').previous).toBeUndefined();
    expect(neighbours(list, 'c').next).toBeUndefined();
    expect(neighbours(list, 'zzz')).toEqual({});
  });
});

describe('parityProblems', () => {
  const grouped = groupChapters([entry('zh/a', 1), entry('en/a', 1)]);
  it('is empty when both languages have the same formulas, diagrams and code', () => {
    expect(parityProblems(grouped, () => ({ formulas: 3, diagrams: 1, codeBlocks: 2 }))).toEqual([]);
  });
  it('names both files and what differs', () => {
    const counts = (c: { locale: string }) => ({ formulas: c.locale === 'zh' ? 3 : 2, diagrams: 1, codeBlocks: 2 });
    expect(parityProblems(grouped, counts)).toEqual(['content/zh/a.mdx has 3 formulas but content/en/a.mdx has 2']);
  });
});
