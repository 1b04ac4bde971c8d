import { describe, expect, it } from 'vitest';
import { countText, readingMinutes } from './reading-time';

describe('countText', () => {
  it('counts each Chinese character, not "words"', () => {
    expect(countText('大模型创业指南，写给构建者。')).toEqual({ cjk: 12, words: 0 });
  });
  it('counts English words, with contractions and hyphens as one', () => {
    expect(countText("The model's well-known weights, 42 of them.")).toEqual({ cjk: 0, words: 7 });
  });
  it('counts both in mixed text', () => {
    expect(countText('训练 Transformer 模型需要 GPU')).toEqual({ cjk: 6, words: 2 });
  });
});

describe('readingMinutes', () => {
  it('reads Chinese at about 350 characters a minute', () => {
    expect(readingMinutes({ cjk: 3500, words: 0 })).toBe(10);
  });
  it('reads English at about 230 words a minute', () => {
    expect(readingMinutes({ cjk: 0, words: 2300 })).toBe(10);
  });
  it('adds the two for mixed text and never says zero', () => {
    expect(readingMinutes({ cjk: 1750, words: 1150 })).toBe(10);
    expect(readingMinutes({ cjk: 3, words: 2 })).toBe(1);
  });
});
