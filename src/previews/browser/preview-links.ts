/** Links that get a preview (the remark plugin in ../node/ finds the same ones at build time). */
export const PREVIEW_LINKS = 'a[data-footnote-ref], a.glossary-link, a.citation, a.xref';
