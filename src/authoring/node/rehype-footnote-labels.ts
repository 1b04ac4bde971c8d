import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

export interface FootnoteLabelOptions {
  /** In the language of the file being rendered: the section heading, and a back-link's name for reference `n` ("1", "1-2"). */
  labels: (file: VFile) => { title: string; back: (n: string) => string };
}

/**
 * remark-rehype writes GFM footnotes with English labels ("Footnotes",
 * "Back to reference 1"), one set per processor. This gives each page the
 * labels of its own language, and shows the heading (remark-rehype hides it)
 * so the notes read as a section of their own, in the table of contents too.
 */
export function rehypeFootnoteLabels(options: FootnoteLabelOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'element', (section) => {
      if (section.tagName !== 'section' || section.properties.dataFootnotes === undefined) return;
      const labels = options.labels(file);
      for (const child of section.children) {
        if (child.type === 'element' && /^h[1-6]$/.test(child.tagName)) {
          child.children = [{ type: 'text', value: labels.title }];
          child.properties.className = ['footnotes-title'];
        }
        if (child.type === 'element' && child.tagName === 'ol') labelBackLinks(child, labels.back);
      }
      return SKIP;
    });
  };
}

/** Back-links of note `i` are "i", then "i-2", "i-3"… for further references to the same note. */
function labelBackLinks(list: Element, back: (n: string) => string): void {
  let note = 0;
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    note += 1;
    let reference = 0;
    visit(item, 'element', (link) => {
      if (link.tagName !== 'a' || link.properties.dataFootnoteBackref === undefined) return;
      reference += 1;
      const n = reference === 1 ? String(note) : `${note}-${reference}`;
      link.properties.ariaLabel = back(n);
    });
  }
}
