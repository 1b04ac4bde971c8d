/** What scripts/build-next.ts appends to the first chapter's description in the second build, per language. */
export const NEXT_MARKER = { zh: '（第二版）', en: ' (second edition)' } as const;
