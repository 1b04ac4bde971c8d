/** Characters of Chinese (and Japanese) script, counted one by one. */
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff]/g;
/** Words in other scripts: runs of letters or digits. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export interface TextCounts {
  cjk: number;
  words: number;
}

/** Counts Chinese characters and, separately, words written with spaces. */
export function countText(text: string): TextCounts {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return { cjk, words };
}

/** Reading speeds: ~350 Chinese characters and ~230 English words a minute. */
export const CJK_PER_MINUTE = 350;
export const WORDS_PER_MINUTE = 230;

/** Whole minutes, at least one. */
export function readingMinutes({ cjk, words }: TextCounts): number {
  return Math.max(1, Math.round(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
}
