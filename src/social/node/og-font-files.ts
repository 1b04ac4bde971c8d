/**
 * The fonts the social cards are drawn with, relative to the project's root
 * (where the build runs): subsets of Noto Sans CJK SC made by
 * scripts/make-og-font.ts, SIL Open Font License 1.1 (src/social/fonts/OFL.txt).
 */
export const OG_FONT_FILES = {
  Regular: 'src/social/fonts/NotoSansCJKsc-OG-Regular.otf',
  Bold: 'src/social/fonts/NotoSansCJKsc-OG-Bold.otf',
} as const;

/** The family name inside both files. */
export const OG_FONT_FAMILY = 'Noto Sans CJK SC';

/** Kept beside the titles' own characters: printable ASCII and the punctuation a new title is likely to use. */
export const OG_EXTRA_CHARACTERS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...'·–—‘’“”…，。、：；！？（）《》「」',
];
