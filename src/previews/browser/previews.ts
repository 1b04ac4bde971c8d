/**
 * Previews of footnotes, glossary terms, citations and cross-references: one
 * popover, made on first use, shows the target of the link pointed at or
 * focused. A tooltip for mouse and keyboard (role="tooltip", nothing focusable
 * in it); after a tap, a small popover with a link to go to the target, since
 * a tap cannot hover. Listeners sit on the document, so links cost nothing
 * until used. A target on another page is fetched once; if that fails, the
 * link just works as a link.
 */
import { fillPlaceholders } from '../../i18n/placeholders';
import { extractPreview, resolveUrls } from './preview-content';
import type { FirstIntent } from './preview-loader';
import { PREVIEW_LINKS, placePopover, resolveTarget } from './preview-target';

interface Labels {
  goTo: string;
  footnote: string;
  term: string;
}
type Mode = 'tooltip' | 'touch';

const POPOVER_ID = 'preview-popover';
const SHOW_DELAY = 300;
/** Moving from one link to the next, the open preview follows sooner. */
const SWITCH_DELAY = 100;
/** Time to move the pointer from the link into the popover. */
const HIDE_DELAY = 200;

const pages = new Map<string, Promise<Document | undefined>>();

/** Another page of the site, parsed; undefined (and not cached, to try again later) when it cannot be had. */
function loadPage(url: string): Promise<Document | undefined> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url, { headers: { Accept: 'text/html' } })
      .then(async (response) => {
        if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) return undefined;
        return new DOMParser().parseFromString(await response.text(), 'text/html');
      })
      .catch(() => undefined);
    pages.set(url, page);
    void page.then((doc) => {
      if (!doc) pages.delete(url);
    });
  }
  return page;
}

/** The content to show for `link`, copied from this page or fetched from another. */
async function contentFor(link: HTMLAnchorElement): Promise<DocumentFragment | undefined> {
  const target = resolveTarget(link.href, location.href);
  if (!target) return undefined;
  if (!target.page) {
    const element = document.getElementById(target.id);
    return element ? extractPreview(element) : undefined;
  }
  const doc = await loadPage(target.page);
  const element = doc?.getElementById(target.id);
  const content = element ? extractPreview(element) : undefined;
  if (!doc || !content) return undefined;
  resolveUrls(content, target.page);
  if (content.querySelector('.katex')) adoptKatexStyles(doc, target.page);
  return content;
}

/** A formula from another page needs KaTeX's stylesheet, which this page may not link. */
function adoptKatexStyles(doc: Document, base: string): void {
  const selector = 'link[rel~="stylesheet"][href*="katex"]';
  const sheet = doc.querySelector(selector)?.getAttribute('href');
  if (!sheet || document.querySelector(selector)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(sheet, base).href;
  document.head.append(link);
}

/** The interface strings of the page's language, written into the page by Previews.astro. */
function readLabels(): Labels {
  let all: Record<string, Labels> = {};
  try {
    all = JSON.parse(document.getElementById('preview-labels')?.dataset.labels ?? '{}') as Record<string, Labels>;
  } catch {
    // No strings: the go-to link then shows the link's own text.
  }
  const lang = document.documentElement.lang;
  return all[lang] ?? all[lang.split('-')[0] ?? ''] ?? Object.values(all)[0] ?? { goTo: '{target}', footnote: '{n}', term: '{term}' };
}

/** Sets the previews up; `first` is what the reader did that loaded this code (preview-loader.ts). */
export function initPreviews(first?: FirstIntent): void {
  const labels = readLabels();
  const supportsPopover = typeof HTMLElement.prototype.showPopover === 'function';
  let popover: HTMLElement | undefined;
  let shownFor: HTMLAnchorElement | undefined;
  let mode: Mode = 'tooltip';
  /** Counts requests to show or hide: a slow fetch for a link no longer wanted is dropped. */
  let request = 0;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let lastPointer = '';
  /** The link whose preview Escape closed: focus alone does not reopen it. */
  let escaped: Element | undefined;

  const inPopover = (node: EventTarget | null) => node instanceof Node && popover?.contains(node) === true;
  const previewLink = (node: EventTarget | null): HTMLAnchorElement | undefined => {
    if (!(node instanceof Element) || inPopover(node)) return undefined;
    return node.closest<HTMLAnchorElement>(PREVIEW_LINKS) ?? undefined;
  };
  const keyboardFocused = (link: Element) => document.activeElement === link && link.matches(':focus-visible');

  function ensurePopover(): HTMLElement {
    if (popover) return popover;
    popover = document.createElement('div');
    popover.id = POPOVER_ID;
    popover.className = 'preview prose';
    if (supportsPopover) popover.setAttribute('popover', 'manual');
    else popover.hidden = true;
    // Inside the main landmark, like the text it comes from.
    (document.querySelector('main') ?? document.body).append(popover);
    popover.addEventListener('load', reposition, true);
    return popover;
  }

  function describe(link: Element, on: boolean): void {
    const ids = (link.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== POPOVER_ID);
    if (on) ids.push(POPOVER_ID);
    if (ids.length > 0) link.setAttribute('aria-describedby', ids.join(' '));
    else link.removeAttribute('aria-describedby');
  }

  function targetName(link: HTMLAnchorElement): string {
    const text = (link.textContent ?? '').trim();
    if (link.matches('[data-footnote-ref]')) return fillPlaceholders(labels.footnote, { n: text });
    if (link.matches('.glossary-link')) return fillPlaceholders(labels.term, { term: text });
    return text;
  }

  function cancel(): void {
    request += 1;
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
  }

  function schedule(link: HTMLAnchorElement, next: Mode, delay: number): void {
    cancel();
    if (link === shownFor && mode === next) return;
    const token = request;
    showTimer = setTimeout(() => {
      void contentFor(link).then((content) => {
        if (token !== request) return;
        if (content) show(link, next, content);
        // A tap was held back for the preview: without one, it goes where the link goes.
        else if (next === 'touch') location.assign(link.href);
      });
    }, delay);
  }

  function show(link: HTMLAnchorElement, next: Mode, content: DocumentFragment): void {
    const element = ensurePopover();
    if (shownFor && shownFor !== link) describe(shownFor, false);
    const body = document.createElement('div');
    body.className = 'preview-body';
    body.append(content);
    element.replaceChildren(body);
    if (next === 'touch') {
      const go = document.createElement('p');
      go.className = 'preview-go';
      const a = document.createElement('a');
      a.href = link.href;
      a.textContent = fillPlaceholders(labels.goTo, { target: targetName(link) });
      go.append(a);
      element.append(go);
      element.removeAttribute('role');
    } else element.setAttribute('role', 'tooltip');
    element.scrollTop = 0;
    shownFor = link;
    mode = next;
    describe(link, true);
    if (supportsPopover) {
      if (!element.matches(':popover-open')) element.showPopover();
    } else element.hidden = false;
    // Adding the same listener again is a no-op.
    addEventListener('scroll', reposition, { capture: true, passive: true });
    addEventListener('resize', reposition, { passive: true });
    position();
  }

  function hide(): void {
    cancel();
    if (!shownFor || !popover) return;
    describe(shownFor, false);
    shownFor = undefined;
    if (supportsPopover) {
      if (popover.matches(':popover-open')) popover.hidePopover();
    } else popover.hidden = true;
    popover.replaceChildren();
    removeEventListener('scroll', reposition, { capture: true });
    removeEventListener('resize', reposition);
  }

  function position(): void {
    if (!shownFor || !popover) return;
    const link = shownFor.getClientRects()[0] ?? shownFor.getBoundingClientRect();
    popover.style.removeProperty('--preview-room');
    const place = placePopover(
      link,
      { width: popover.offsetWidth, height: popover.offsetHeight },
      { width: document.documentElement.clientWidth, height: innerHeight },
    );
    popover.style.setProperty('--preview-room', `${place.maxHeight}px`);
    popover.style.top = `${place.top}px`;
    popover.style.left = `${place.left}px`;
    popover.dataset.side = place.side;
  }

  function reposition(event?: Event): void {
    if (event?.type === 'scroll' && inPopover(event.target)) return;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      position();
    });
  }

  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    if (inPopover(event.target)) {
      clearTimeout(hideTimer);
      return;
    }
    const link = previewLink(event.target);
    if (!link) return;
    if (link === shownFor) clearTimeout(hideTimer);
    else schedule(link, 'tooltip', shownFor ? SWITCH_DELAY : SHOW_DELAY);
  });

  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch') return;
    const from = previewLink(event.target);
    const to = event.relatedTarget;
    const inside = (node: EventTarget | null) => inPopover(node) || (node instanceof Node && shownFor?.contains(node) === true);
    if (!from && !inPopover(event.target)) return;
    if (inside(to) || (to instanceof Node && from?.contains(to))) return;
    if (from && from !== shownFor) cancel();
    if (shownFor && mode === 'tooltip' && !keyboardFocused(shownFor)) {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(hide, HIDE_DELAY);
    }
  });

  document.addEventListener('focusin', (event) => {
    const link = previewLink(event.target);
    if (link && link !== escaped && link.matches(':focus-visible')) schedule(link, 'tooltip', 0);
  });

  document.addEventListener('focusout', (event) => {
    if (event.target === escaped) escaped = undefined;
    if (inPopover(event.relatedTarget)) return;
    if (shownFor && (event.target === shownFor || inPopover(event.target))) hide();
    else if (previewLink(event.target)) cancel();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const link = shownFor ?? previewLink(document.activeElement);
    if (!link) return;
    const focusInside = inPopover(document.activeElement);
    hide();
    escaped = link;
    if (focusInside) link.focus();
  });

  document.addEventListener(
    'pointerdown',
    (event) => {
      lastPointer = event.pointerType;
      if (shownFor && !inPopover(event.target) && !(event.target instanceof Node && shownFor.contains(event.target))) hide();
    },
    { capture: true, passive: true },
  );

  document.addEventListener('click', (event) => {
    if (inPopover(event.target)) {
      // The go-to link, or a link in the content: the preview has done its part.
      if (event.target instanceof Element && event.target.closest('a[href]')) hide();
      return;
    }
    const link = previewLink(event.target);
    if (!link) return;
    const pointer = (event as PointerEvent).pointerType || lastPointer;
    const plain = event.button === 0 && !event.defaultPrevented && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    // A second tap on the same link, a click or Enter: go to the target.
    if (pointer !== 'touch' || !plain || (link === shownFor && mode === 'touch')) {
      hide();
      return;
    }
    event.preventDefault();
    schedule(link, 'touch', 0);
  });

  // What brought this code in: show that link's preview as the listeners above would have.
  if (first?.kind === 'hover' && first.link.matches(':hover')) schedule(first.link, 'tooltip', SHOW_DELAY);
  else if (first?.kind === 'focus' && keyboardFocused(first.link)) schedule(first.link, 'tooltip', 0);
  else if (first?.kind === 'tap') {
    lastPointer = 'touch';
    schedule(first.link, 'touch', 0);
  }
}
