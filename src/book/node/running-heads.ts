/**
 * Running heads for the printed book and its PDF: each chapter's pages carry
 * the chapter's number and title at the top left and the book's title at the
 * right; other pages (contents, part titles) the book's title and subtitle;
 * every page but the cover its number at the foot.
 *
 * Chromium draws CSS page-margin boxes but has no `string-set`, so a head
 * cannot take the text of the last heading. Each chapter is given a named
 * page instead (`page: chapter-<slug>`), and each named page its own
 * `@top-left`. A change of named page also starts a new page, which is what
 * a chapter does anyway.
 */

export interface RunningHeadChapter {
  slug: string;
  /** What the head shows: "3 算法", "Glossary". */
  head: string;
}

export interface RunningHeadText {
  /** The book's title. */
  title: string;
  /** The book's subtitle, beside the title on pages outside chapters. */
  subtitle: string;
  /** The foot: `{page}` and `{pages}` stand for the numbers. */
  folio: string;
}

/** A CSS string literal, with quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

/** The named page of a chapter: a CSS identifier whatever the slug. */
export function chapterPage(slug: string): string {
  return `chapter-${slug.replace(/[^a-zA-Z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
}

/** `第 {page} 页` → `"第 " counter(page) " 页"`. */
export function folioContent(folio: string): string {
  return folio
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** Margin boxes share the page's type, not the body's: set here, from the site's stack (src/styles/global.css). */
const PAGE_TYPE = `font-family: system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif; font-size: 8pt; color: #555;`;

/** The book page's print rules for heads and feet; `selector` finds a chapter by its `data-book-chapter`. */
export function runningHeadCss(chapters: readonly RunningHeadChapter[], text: RunningHeadText): string {
  const rules = [
    `@page { margin: 20mm 16mm 18mm; ${PAGE_TYPE} @top-left { content: ${cssString(text.title)}; } @top-right { content: ${cssString(text.subtitle)}; } @bottom-center { content: ${folioContent(text.folio)}; } }`,
    // The cover has neither head nor foot.
    '@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }',
  ];
  for (const chapter of chapters) {
    const page = chapterPage(chapter.slug);
    rules.push(`@page ${page} { @top-left { content: ${cssString(chapter.head)}; } @top-right { content: ${cssString(text.title)}; } }`);
    rules.push(`[data-book-chapter=${cssString(chapter.slug)}], [data-book-part-first=${cssString(chapter.slug)}] { page: ${page}; }`);
  }
  return `@media print {\n${rules.join('\n')}\n}`;
}
