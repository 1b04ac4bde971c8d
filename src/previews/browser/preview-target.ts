/** Where a preview link points: an element of this page, or of another page of the site. */
export interface PreviewTarget {
  /** The other page's URL without its fragment; undefined for this page. */
  page: string | undefined;
  id: string;
}

export { PREVIEW_LINKS } from './preview-links';

/** The target of `href` seen from `pageUrl`; undefined when it has no fragment or leaves the site's origin. */
export function resolveTarget(href: string, pageUrl: string): PreviewTarget | undefined {
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(href, page);
  } catch {
    return undefined;
  }
  if (url.origin !== page.origin || url.hash.length < 2) return undefined;
  const id = decodeFragment(url.hash.slice(1));
  const samePage = url.pathname === page.pathname && url.search === page.search;
  return { page: samePage ? undefined : `${url.origin}${url.pathname}${url.search}`, id };
}

function decodeFragment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A `srcset` with every candidate's URL resolved against `base`. */
export function resolveSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      if (!url) return '';
      return [resolveUrl(url, base), ...descriptors].join(' ');
    })
    .filter(Boolean)
    .join(', ');
}

/** `value` resolved against `base`; left as it is if it does not parse. */
export function resolveUrl(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

export interface Rect {
  top: number;
  bottom: number;
  left: number;
}

export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'above' | 'below';
}

/**
 * Where the popover goes: below the link if it fits there or there is more
 * room below than above, otherwise above; kept `margin` inside the viewport
 * and no taller than the room on its side.
 */
export function placePopover(
  link: Rect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  { gap = 6, margin = 8 } = {},
): Placement {
  const below = viewport.height - link.bottom - gap - margin;
  const above = link.top - gap - margin;
  const side = size.height <= below || below >= above ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(size.height, maxHeight);
  const top = side === 'below' ? link.bottom + gap : link.top - gap - height;
  const left = Math.max(margin, Math.min(link.left, viewport.width - size.width - margin));
  return { top, left, maxHeight, side };
}
