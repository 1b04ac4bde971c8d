import type { Element, ElementContent, Root, RootContent } from 'hast';

/** The wrappers' class: global.css renders it lazily, and the table of contents' scroll spy looks for it. */
const SECTION = 'chapter-section';

/**
 * Wraps each `##` section of a chapter (its heading and everything up to the
 * next `##`) in a `<div class="chapter-section">`, and each `###` section
 * within it in a nested one, so that the browser can skip the style and
 * layout of the sections that are off screen (`content-visibility: auto` in
 * global.css): a long `##` section half on screen is then laid out one `###`
 * at a time. Text before the first heading of a level stays as it is.
 *
 * Until a section is first drawn, the browser takes its height from
 * `contain-intrinsic-size`. Each section carries an estimate of its height,
 * for a wide column and for a phone, from what it holds (text, code lines,
 * display formulas, figures, table rows), so that the scroll bar and jumps
 * to an anchor land close to where they will end; once drawn, the browser
 * remembers the real height (`auto`).
 *
 * Runs after the heading anchors (a `##` is then a `div.heading-wrapper.level-h2`)
 * and before KaTeX, which leaves the formulas' source for the estimate.
 */
export function rehypeSections() {
  return (tree: Root): void => {
    tree.children = settle(group(tree.children, 2));
  };
}

/** Wraps each run that starts at a heading of `level` in a section, and the next level within it. */
function group<T extends RootContent | ElementContent>(nodes: readonly T[], level: 2 | 3): T[] {
  const out: T[] = [];
  let section: Element | undefined;
  for (const node of nodes) {
    if (isSectionStart(node, level)) {
      section = wrapper(`level-${level}`);
      out.push(section as T);
    }
    // Footnotes are a section of their own, made by GFM.
    if (node.type === 'element' && node.tagName === 'section') section = undefined;
    // Imports and exports of an MDX chapter must stay at the top level.
    if (section && node.type !== 'doctype' && (node.type as string) !== 'mdxjsEsm') section.children.push(node as ElementContent);
    else out.push(node);
  }
  for (const node of out) {
    if (level === 2 && isWrapper(node)) node.children = group(node.children, 3);
  }
  return out;
}

/**
 * Astro's MDX compiler turns static HTML into strings, but a static element
 * that precedes a component (an image, a <Tabs>, a script) inside the same
 * wrapper loses that and is compiled node by node, KaTeX's hundreds of spans
 * included (@astrojs/markdown-remark's rehype-optimize-static drops an element
 * whose parent it means to collapse, then finds the parent is not static).
 * So a wrapper holds static content only: a section with a component is cut
 * around it, the component left between the pieces, each piece lazy on its own.
 * Then each wrapper gets its estimated height.
 */
function settle<T extends RootContent | ElementContent>(nodes: readonly T[]): T[] {
  return nodes.flatMap((node): T[] => {
    if (!isWrapper(node)) return [node];
    const children = settle(node.children);
    const pieces: T[] = [];
    let run: ElementContent[] = [];
    const flush = () => {
      if (run.some((child) => child.type === 'element')) {
        // The first piece keeps the section's heading and level; the others continue it.
        const piece = pieces.some((p) => isWrapper(p)) ? wrapper('continued') : { ...node, children: [] };
        piece.children = run;
        pieces.push(piece as T);
      } else pieces.push(...(run as T[]));
      run = [];
    };
    for (const child of children) {
      if (isDynamic(child)) {
        flush();
        pieces.push(child as T);
      } else run.push(child);
    }
    flush();
    for (const piece of pieces) {
      if (!isWrapper(piece)) continue;
      const { wide, narrow } = estimateHeight(piece.children);
      piece.properties.style = `--section-height-wide:${wide}px;--section-height-narrow:${narrow}px`;
    }
    return pieces;
  });
}

function wrapper(modifier: string): Element {
  return { type: 'element', tagName: 'div', properties: { className: [SECTION, modifier] }, children: [] };
}

function isWrapper(node: RootContent | ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'div' && hasClass(node, SECTION);
}

/** What Astro's MDX compiler cannot turn into a string: components, expressions, and what it makes components of. */
const DYNAMIC_TAGS = new Set(['img', 'script', 'style']);
function isDynamic(node: RootContent | ElementContent): boolean {
  if (node.type.startsWith('mdx')) return true;
  if (node.type !== 'element') return false;
  return DYNAMIC_TAGS.has(node.tagName) || node.children.some(isDynamic);
}

function isSectionStart(node: RootContent | ElementContent, level: 2 | 3): boolean {
  if (node.type !== 'element') return false;
  if (node.tagName === `h${level}`) return true;
  return node.tagName === 'div' && hasClass(node, 'heading-wrapper') && hasClass(node, `level-h${level}`);
}

function hasClass(node: Element, name: string): boolean {
  const value = node.properties.className;
  return Array.isArray(value) && value.includes(name);
}

/** Rough sizes, in CSS pixels, of the site's type (global.css: 16px text with a 1.7 line height). */
const LINE = 27;
const COLUMN = { wide: 736, narrow: 340 };
/** Average advance of a Latin character and of a CJK one at 16px. */
const LATIN_WIDTH = 8;
const CJK_WIDTH = 16;
const CODE_LINE = 22;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/g;

/**
 * An estimate of the height of these blocks at a wide column and on a phone.
 * It only needs to be close: it sets the scroll bar's length and where a
 * jump to an anchor lands before the sections above it are drawn.
 */
export function estimateHeight(nodes: readonly (ElementContent | MdxNode)[]): { wide: number; narrow: number } {
  let wide = 0;
  let narrow = 0;
  const add = (px: number) => {
    wide += px;
    narrow += px;
  };
  const text = (value: string, indent = 0) => {
    const cjk = value.match(CJK)?.length ?? 0;
    const width = cjk * CJK_WIDTH + (value.length - cjk) * LATIN_WIDTH;
    wide += Math.max(1, Math.ceil(width / (COLUMN.wide - indent))) * LINE;
    narrow += Math.max(1, Math.ceil(width / (COLUMN.narrow - indent))) * LINE;
  };
  const visit = (node: ElementContent | MdxNode): void => {
    if (node.type === 'text') {
      if (node.value.trim()) text(node.value);
      return;
    }
    if (isMdx(node)) {
      // A component: of tab sets only the first panel shows.
      const kids = node.children.filter((child) => child.type !== 'text');
      (node.name === 'Tabs' ? kids.slice(0, 1) : node.children).forEach(visit);
      return;
    }
    if (node.type !== 'element') return;
    if (hasClass(node, 'expressive-code')) return add(48 + count(node, 'ec-line') * CODE_LINE);
    if (hasClass(node, 'katex-display') || (node.tagName === 'pre' && isDisplayMath(node))) return add(70);
    // A numbered formula's number stands beside it, on the same lines (src/apparatus).
    if (hasClass(node, 'equation-number')) return;
    if (node.tagName === 'pre') return add(48 + textOf(node).split('\n').length * CODE_LINE);
    if (hasClass(node, 'diagram')) {
      const [width, height] = placeholderSize(node) ?? [700, 400];
      wide += height * Math.min(1, COLUMN.wide / width) + 80;
      narrow += height * Math.min(1, COLUMN.narrow / width) + 80;
      return;
    }
    // A table's figure is its caption and rows; other figures hold an image.
    if ((node.tagName === 'figure' && !hasClass(node, 'table-figure')) || node.tagName === 'img') return add(360);
    if (node.tagName === 'tr') return add(44);
    if (node.tagName === 'p' || node.tagName === 'li' || /^h[2-6]$/.test(node.tagName)) {
      text(textOf(node), node.tagName === 'li' ? 24 : 0);
      if (node.tagName === 'p') add(16);
      if (/^h[2-6]$/.test(node.tagName)) add(40);
      return;
    }
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return { wide: Math.round(wide), narrow: Math.round(narrow) };
}

/** An MDX component in the tree (mdast-util-mdx-jsx's node, which hast's types do not list). */
interface MdxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  children: (ElementContent | MdxNode)[];
}

function isMdx(node: ElementContent | MdxNode): node is MdxNode {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function count(node: ElementContent | MdxNode, className: string): number {
  if (node.type !== 'element' && !isMdx(node)) return 0;
  const own = node.type === 'element' && hasClass(node, className) ? 1 : 0;
  return own + (node.children as (ElementContent | MdxNode)[]).reduce((sum, child) => sum + count(child, className), 0);
}

/** The recorded drawing size of a diagram (remark-mermaid's placeholder). */
function placeholderSize(node: Element): [number, number] | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'svg' && child.properties.width && child.properties.height) return [Number(child.properties.width), Number(child.properties.height)];
    const found = placeholderSize(child);
    if (found) return found;
  }
  return undefined;
}

function isDisplayMath(node: Element): boolean {
  const [code] = node.children;
  return code?.type === 'element' && hasClass(code, 'math-display');
}

function textOf(node: ElementContent | MdxNode): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && !isMdx(node)) return '';
  return (node.children as (ElementContent | MdxNode)[]).map(textOf).join('');
}
