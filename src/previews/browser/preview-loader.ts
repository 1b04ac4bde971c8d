import { PREVIEW_LINKS } from './preview-links';

/** What the reader did to the first link before the previews' code arrived, replayed once it has. */
export interface FirstIntent {
  link: HTMLAnchorElement;
  /** 'hover' by mouse or pen, 'focus' by keyboard, 'tap' by touch. */
  kind: 'hover' | 'focus' | 'tap';
}

const EVENTS = ['pointerover', 'focusin', 'click'] as const;

/**
 * The previews' code is needed only once a reader points at, focuses or taps
 * a link that has one; most visits never do, as most visits never search.
 * This waits for that first sign, then loads the code and hands it what the
 * reader did. A mouse preview shows after a delay longer than the module
 * takes to arrive; a tap is held back, as the previews hold it back anyway,
 * and opens its preview once the code is there (or follows the link if the
 * code cannot be had, offline and never saved).
 */
export function loadPreviewsOnIntent(load: () => Promise<{ initPreviews: (first: FirstIntent) => void }>): void {
  const listener = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(PREVIEW_LINKS) : null;
    if (!link) return;
    const { type } = event;
    const { pointerType, button, ctrlKey, metaKey, shiftKey, altKey } = event as PointerEvent;
    let kind: FirstIntent['kind'];
    if (type === 'focusin') {
      if (!link.matches(':focus-visible')) return;
      kind = 'focus';
    } else if (pointerType !== 'touch') {
      if (type === 'click') return;
      kind = 'hover';
    } else {
      if (type !== 'click' || button || ctrlKey || metaKey || shiftKey || altKey) return;
      event.preventDefault();
      kind = 'tap';
    }
    for (const name of EVENTS) document.removeEventListener(name, listener, true);
    load().then(
      ({ initPreviews }) => initPreviews({ link, kind }),
      () => kind === 'tap' && location.assign(link.href),
    );
  };
  for (const name of EVENTS) document.addEventListener(name, listener, true);
}
