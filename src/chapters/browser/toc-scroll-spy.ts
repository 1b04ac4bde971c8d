/**
 * Marks the table-of-contents entry of the section being read with
 * aria-current="true": the last heading whose top has passed just below the
 * sticky header, or the last heading once the page is scrolled to its end.
 * An IntersectionObserver tells us when to look again, so
 * nothing runs while the reader is not crossing a heading.
 */
export function initScrollSpy(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  if (links.length === 0) return;
  const slugs = [...new Set(links.map((a) => a.dataset.tocLink!))];
  const headings = slugs
    .map((slug) => document.getElementById(slug))
    .filter((el): el is HTMLElement => el !== null);
  if (headings.length === 0) return;

  let current: string | undefined;
  // Sections off screen are not laid out (content-visibility); a heading in a
  // section that has scrolled past is passed, without measuring the heading,
  // which would lay its section out again.
  const sections = new Map(headings.map((heading) => [heading, heading.closest<HTMLElement>('.chapter-section')]));
  const passed = (heading: HTMLElement, offset: number) => {
    const section = sections.get(heading);
    if (section && section.getBoundingClientRect().bottom - offset <= 1) return true;
    return heading.getBoundingClientRect().top - offset <= 1;
  };
  const update = () => {
    const offset = headerHeight() + 16;
    let active = headings[0]!;
    for (const heading of headings) {
      if (passed(heading, offset)) active = heading;
      else break;
    }
    // At the very end of the page the last sections (footnotes, say) can never reach the top: the last one is being read.
    if (scrollY > 0 && atPageEnd()) active = headings[headings.length - 1]!;
    if (active.id === current) return;
    current = active.id;
    for (const link of links) {
      if (link.dataset.tocLink === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };

  // The observer's first report, once the page is laid out, runs update(); calling it here would force a layout.
  const observer = new IntersectionObserver(update, { rootMargin: `-${headerHeight()}px 0px 0px 0px` });
  // Headings, and the sections that hold them: a heading in a section that is not laid out has no box to observe.
  for (const target of new Set([...headings, ...[...sections.values()].filter((s) => s !== null)])) observer.observe(target);
  addEventListener('hashchange', update);
  // Reaching the end of the page crosses no heading, so the observer would not say so.
  let pending = false;
  addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        if (atPageEnd()) update();
      });
    },
    { passive: true },
  );
}

const atPageEnd = () => scrollY + innerHeight >= document.documentElement.scrollHeight - 2;

/** The sticky header's height, from its CSS variable: reading styles, unlike measuring, forces no layout. */
function headerHeight(): number {
  const root = getComputedStyle(document.documentElement);
  const value = root.getPropertyValue('--header-height').trim();
  const size = parseFloat(value) || 0;
  return value.endsWith('rem') ? size * (parseFloat(root.fontSize) || 16) : size;
}
