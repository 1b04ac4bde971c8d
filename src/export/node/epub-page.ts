import type { Page } from '@playwright/test';

/**
 * What the EPUB takes from the whole-book page once Chromium has drawn it:
 * the parts, chapters and sections of its contents, and each chapter's
 * content rewritten for a reading system, serialized as XHTML by the
 * browser's own XMLSerializer (so SVG and MathML keep their namespaces).
 */
export interface ExtractedBook {
  parts: { title: string; chapters: { slug: string; title: string; sections: { id: string; title: string }[]; body: string }[] }[];
  /** Images the chapters use, now `images/<name>`: where to read them from the built site, or a data: URL when converted in the page. */
  images: { href: string; path: string; dataUrl?: string }[];
}

/**
 * Runs in the page, as a string: a function passed to page.evaluate would be
 * compiled with the integration and could carry helpers the page lacks.
 *
 * In each chapter's copy: scripts, styles, buttons and the diagrams' sources
 * go; KaTeX's HTML goes and its MathML stays, with the TeX as alttext; code
 * blocks become plain `<pre><code>`; hidden tab panels show; images not of a
 * core EPUB type (WebP) are redrawn as JPEG; links within the book point to
 * the chapter file holding their target, links to the rest of the site to
 * `site`; footnotes become noterefs and footnote asides; headings move up
 * one level so each chapter's title is its h1.
 */
const EXTRACT = String.raw`(async (site) => {
  const main = document.querySelector('main.book');
  const chapters = [...main.querySelectorAll('section.book-chapter')];
  const fileOf = new Map();
  for (const chapter of chapters) {
    const file = chapter.dataset.bookChapter + '.xhtml';
    fileOf.set(chapter.id, file);
    for (const element of chapter.querySelectorAll('[id]')) fileOf.set(element.id, file);
  }
  const text = (element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const parts = [...main.querySelectorAll('.book-contents-part')].map((part) => ({
    title: text(part.querySelector('h3')),
    chapters: [...part.querySelectorAll(':scope > ol > li')].map((li) => ({
      slug: li.querySelector('a').getAttribute('href').slice(1),
      title: text(li.querySelector('a')),
      sections: [...li.querySelectorAll(':scope > ol > li > a')].map((a) => ({ id: decodeURIComponent(a.getAttribute('href').slice(1)), title: text(a) })),
    })),
  }));
  const images = new Map();
  const bodies = new Map();
  const rename = (element, name) => {
    const renamed = document.createElement(name);
    for (const attribute of element.attributes) renamed.setAttribute(attribute.name, attribute.value);
    renamed.append(...element.childNodes);
    element.replaceWith(renamed);
    return renamed;
  };
  for (const original of chapters) {
    const slug = original.dataset.bookChapter;
    const file = slug + '.xhtml';
    const chapter = original.cloneNode(true);
    for (const element of chapter.querySelectorAll('script, link, template, button, noscript, dialog, .diagram-tools, .diagram-code, .diagram-placeholder, .diagram-error, .katex-html, [role="tablist"]')) element.remove();
    for (const element of chapter.querySelectorAll('style')) if (!element.closest('svg')) element.remove();
    // Math: the MathML alone, its TeX as alttext.
    for (const wrapper of [...chapter.querySelectorAll('.katex-display'), ...chapter.querySelectorAll('.katex')]) {
      if (!chapter.contains(wrapper)) continue;
      const math = wrapper.querySelector('math');
      if (!math) continue;
      const tex = math.querySelector('annotation[encoding="application/x-tex"]')?.textContent;
      if (tex) math.setAttribute('alttext', tex.trim());
      if (wrapper.classList.contains('katex-display')) math.setAttribute('display', 'block');
      wrapper.replaceWith(math);
    }
    // Code: plain text, one line per line.
    for (const pre of chapter.querySelectorAll('pre')) {
      const lines = pre.querySelectorAll('.ec-line');
      const code = document.createElement('code');
      code.textContent = lines.length > 0 ? [...lines].map((line) => line.textContent).join('\n') : pre.textContent;
      const plain = document.createElement('pre');
      const language = pre.getAttribute('data-language');
      if (language) plain.setAttribute('data-language', language);
      plain.append(code);
      pre.replaceWith(plain);
    }
    for (const panel of chapter.querySelectorAll('[role="tabpanel"]')) {
      panel.removeAttribute('hidden');
      panel.removeAttribute('role');
      panel.removeAttribute('tabindex');
    }
    // Images: the default source, as PNG when it is not of a type every reading system knows.
    for (const picture of chapter.querySelectorAll('picture')) {
      const img = picture.querySelector('img');
      if (img) picture.replaceWith(img);
      else picture.remove();
    }
    for (const img of chapter.querySelectorAll('img')) {
      const url = new URL(img.getAttribute('src'), location.href);
      let path = decodeURIComponent(url.pathname);
      let name = path.split('/').pop();
      let dataUrl;
      if (!/\.(png|jpe?g|gif|svg)$/i.test(name)) {
        const source = new Image();
        source.src = url.href;
        await source.decode();
        const canvas = document.createElement('canvas');
        canvas.width = source.naturalWidth;
        canvas.height = source.naturalHeight;
        const context = canvas.getContext('2d');
        // JPEG, on white: a tenth of the PNG's size for these figures (plots and photographs).
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(source, 0, 0);
        dataUrl = canvas.toDataURL('image/jpeg', 0.9);
        name = name.replace(/\.[^.]+$/, '') + '.jpg';
      }
      const href = 'images/' + name;
      images.set(href, { href, path, dataUrl });
      img.setAttribute('src', href);
      for (const attribute of ['srcset', 'sizes', 'loading', 'decoding', 'fetchpriority']) img.removeAttribute(attribute);
    }
    // Links: to the chapter file holding the target; to the site for the rest of it.
    for (const a of chapter.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href');
      if (href.startsWith('#')) {
        const id = decodeURIComponent(href.slice(1));
        const target = fileOf.get(id);
        if (!target) a.removeAttribute('href');
        else a.setAttribute('href', (target === file ? '' : target) + '#' + encodeURIComponent(id));
        continue;
      }
      const url = new URL(href, location.href);
      if (url.origin === location.origin) a.setAttribute('href', new URL(url.pathname + url.search + url.hash, site).href);
    }
    // Footnotes.
    for (const ref of chapter.querySelectorAll('a[data-footnote-ref]')) ref.setAttribute('data-epub-type', 'noteref');
    for (const section of chapter.querySelectorAll('section[data-footnotes]')) {
      section.setAttribute('data-epub-type', 'footnotes');
      for (const list of section.querySelectorAll('ol')) {
        const notes = [...list.querySelectorAll(':scope > li')].map((li) => {
          const aside = document.createElement('aside');
          aside.id = li.id;
          aside.setAttribute('data-epub-type', 'footnote');
          aside.append(...li.childNodes);
          return aside;
        });
        list.replaceWith(...notes);
      }
    }
    // Headings: on the page the chapter's title is level 2 and its sections 3 and below (aria-level); here the title is h1.
    for (const heading of [...chapter.querySelectorAll('h2, h3, h4, h5, h6')]) {
      const level = heading.hasAttribute('aria-level') ? Number(heading.getAttribute('aria-level')) : Number(heading.tagName[1]);
      const renamed = rename(heading, 'h' + Math.min(6, Math.max(1, level - 1)));
      renamed.removeAttribute('aria-level');
    }
    // Attributes that point at ids no longer in this chapter.
    const ids = new Set([...chapter.querySelectorAll('[id]')].map((e) => e.id));
    for (const attribute of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for']) {
      for (const element of chapter.querySelectorAll('[' + attribute + ']')) {
        const kept = element.getAttribute(attribute).split(/\s+/).filter((id) => ids.has(id));
        if (kept.length > 0) element.setAttribute(attribute, kept.join(' '));
        else element.removeAttribute(attribute);
      }
    }
    for (const element of chapter.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex');
    // SVG as EPUB 3.2's schema (SVG 1.1) wants it: one role on the root, sizes on every rect (Mermaid leaves them off empty label boxes).
    for (const svg of chapter.querySelectorAll('svg')) if (svg.hasAttribute('role')) svg.setAttribute('role', 'img');
    for (const rect of chapter.querySelectorAll('svg rect')) for (const size of ['width', 'height']) if (!rect.hasAttribute(size)) rect.setAttribute(size, '0');
    bodies.set(slug, new XMLSerializer().serializeToString(chapter));
  }
  for (const part of parts) for (const chapter of part.chapters) chapter.body = bodies.get(chapter.slug);
  return { parts, images: [...images.values()] };
})`;

export async function extractBook(page: Page, site: string): Promise<ExtractedBook> {
  return (await page.evaluate(`${EXTRACT}(${JSON.stringify(site)})`)) as ExtractedBook;
}
