import { resolveSrcset, resolveUrl } from './preview-target';

/** Parts of a target that make no sense, or would be dead controls, in a preview. */
const DROP = '.anchor-link, [data-footnote-backref], .backref, button, script, template, .diagram-tools';
const FOCUSABLE = 'a[href], area[href], button, input, select, textarea, summary, iframe, audio[controls], video[controls], [tabindex], [contenteditable]';
/** Attributes that name other elements by id: the ids are gone from the copy. */
const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'for', 'headers'];
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action'];
const HEADING = /^H[1-6]$/;

/**
 * What a preview of `target` shows, copied from its page:
 * - a footnote or a reference entry (`li`): its content, without back-links;
 * - a glossary term (`h3` in `.glossary-term`): the term and its definition;
 * - a section heading: its text and the first paragraph after it;
 * - a table's figure: its caption only;
 * - a diagram's figure: its caption, and the drawing if it has been drawn;
 * - anything else (a figure, an equation): the element itself.
 * Undefined when there is nothing to show.
 */
export function extractPreview(target: Element): DocumentFragment | undefined {
  const doc = target.ownerDocument;
  const out = doc.createDocumentFragment();
  const copy = (node: Node) => out.append(node.cloneNode(true));
  const term = target.closest('.glossary-term');

  if (target.tagName === 'LI') target.childNodes.forEach(copy);
  else if (HEADING.test(target.tagName) && term) {
    out.append(title(target));
    const definition = [...term.children].find((child) => child.tagName === 'P' && !child.classList.contains('glossary-chapter'));
    if (definition) copy(definition);
  } else if (HEADING.test(target.tagName)) {
    out.append(title(target));
    const paragraph = paragraphAfter(target);
    if (paragraph) copy(paragraph);
  } else if (target.tagName === 'FIGURE' && target.querySelector('table')) {
    const caption = target.querySelector('figcaption');
    if (caption) out.append(asParagraph(caption, 'preview-title'));
  } else if (target.tagName === 'FIGURE' && target.classList.contains('diagram')) {
    const figure = doc.createElement('figure');
    figure.className = 'figure preview-diagram';
    const drawing = target.querySelector('svg.diagram-svg');
    if (drawing) figure.append(drawing.cloneNode(true));
    const caption = target.querySelector('figcaption');
    if (caption) figure.append(caption.cloneNode(true));
    if (figure.childNodes.length > 0) out.append(figure);
  } else copy(target);

  cleanCopy(out);
  return out.textContent?.trim() || out.querySelector('img, svg, math') ? out : undefined;
}

/** A heading's content as a paragraph: a heading inside the popover would join the page's outline. */
function title(heading: Element): HTMLElement {
  return asParagraph(heading, 'preview-title');
}

function asParagraph(source: Element, className: string): HTMLElement {
  const p = source.ownerDocument.createElement('p');
  p.className = className;
  source.childNodes.forEach((node) => p.append(node.cloneNode(true)));
  return p;
}

/** The first paragraph after a heading (or its `.heading-wrapper`) before the next heading or section. */
function paragraphAfter(heading: Element): Element | undefined {
  const start = heading.parentElement?.classList.contains('heading-wrapper') ? heading.parentElement : heading;
  for (let next = start.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.tagName === 'P') return next;
    if (HEADING.test(next.tagName) || next.matches('.heading-wrapper, .chapter-section, section')) return undefined;
  }
  return undefined;
}

/**
 * Makes a copy fit for the popover: ids removed so the page's stay unique
 * (an SVG's are renamed instead, since its markers and styles refer to them),
 * references to ids dropped, controls removed, and everything left focusable
 * taken out of the tab order: the popover is a tooltip.
 */
export function cleanCopy(root: DocumentFragment | Element): void {
  root.querySelectorAll(DROP).forEach((el) => el.remove());
  root.querySelectorAll('svg').forEach((svg) => renameSvgIds(svg, 'preview-'));
  root.querySelectorAll('[id]').forEach((el) => {
    if (!el.closest('svg')) el.removeAttribute('id');
  });
  if (root instanceof Element && !root.closest('svg')) root.removeAttribute('id');
  for (const attribute of ID_REFERENCES) {
    root.querySelectorAll(`[${attribute}]`).forEach((el) => {
      if (!el.closest('svg')) el.removeAttribute(attribute);
    });
  }
  root.querySelectorAll(FOCUSABLE).forEach((el) => el.setAttribute('tabindex', '-1'));
}

/** Gives every id inside `svg` a prefix, and follows it in `url(#…)`, `href="#…"` and the SVG's own styles. */
export function renameSvgIds(svg: Element, prefix: string): void {
  const ids = new Map<string, string>();
  for (const el of [svg, ...svg.querySelectorAll('[id]')]) {
    const id = el.getAttribute('id');
    if (!id) continue;
    ids.set(id, `${prefix}${id}`);
    el.setAttribute('id', `${prefix}${id}`);
  }
  if (ids.size === 0) return;
  const escape = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`#(${[...ids.keys()].map(escape).join('|')})(?![\\w-])`, 'g');
  const rename = (text: string) => text.replace(pattern, (_all, id: string) => `#${ids.get(id)}`);
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    if (el.tagName.toLowerCase() === 'style') {
      el.textContent = rename(el.textContent ?? '');
      continue;
    }
    for (const attribute of [...el.attributes]) {
      if (attribute.name === 'id') continue;
      if (ID_REFERENCES.includes(attribute.name)) {
        el.setAttribute(attribute.name, attribute.value.split(/\s+/).map((id) => ids.get(id) ?? id).join(' '));
      } else if (attribute.value.includes('#')) el.setAttribute(attribute.name, rename(attribute.value));
    }
  }
}

/** Resolves the URLs of a copy taken from another page (`base`), so that they still work in this one. */
export function resolveUrls(root: DocumentFragment | Element, base: string): void {
  for (const el of root.querySelectorAll('*')) {
    // Inside an SVG, `#id` names an element of the drawing itself.
    const inSvg = el.closest('svg') !== null;
    for (const attribute of URL_ATTRIBUTES.concat('xlink:href')) {
      const value = el.getAttribute(attribute);
      if (value === null || (inSvg && value.startsWith('#'))) continue;
      el.setAttribute(attribute, resolveUrl(value, base));
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== null) el.setAttribute('srcset', resolveSrcset(srcset, base));
  }
}
