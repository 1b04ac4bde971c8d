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
  const update = () => {
    const offset = headerHeight() + 16;
    let active = headings[0]!;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top - offset <= 1) active = heading;
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
  for (const heading of headings) observer.observe(heading);
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
