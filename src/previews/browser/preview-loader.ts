import { PREVIEW_LINKS } from './preview-links';

/** What the reader did to the first link before the previews' code arrived, replayed once it has. */
export interface FirstIntent {
  link: HTMLAnchorElement;
  /** 'hover' by mouse or pen, 'focus' by keyboard, 'tap' by touch. */
  kind: 'hover' | 'focus' | 'tap';
}

/**
 * The previews' code is needed only once a reader points at, focuses or taps
 * a link that has one; most visits never do, as most visits never search.
 * This waits for that first sign, then loads the code and hands it what the
 * reader did. A mouse preview shows after a delay longer than the module
 * takes to arrive; a tap is held back, as the previews hold it back anyway,
 * and opens its preview once the code is there.
 */
export function loadPreviewsOnIntent(load: () => Promise<{ initPreviews: (first?: FirstIntent) => void }>): void {
  let pointer = '';
  let started = false;
  let pendingTap: HTMLAnchorElement | undefined;
  const linkOf = (target: EventTarget | null) => (target instanceof Element ? (target.closest<HTMLAnchorElement>(PREVIEW_LINKS) ?? undefined) : undefined);
  const types = ['pointerdown', 'pointerover', 'focusin', 'click'] as const;
  const start = (first?: FirstIntent) => {
    if (started) return;
    started = true;
    void load().then(
      ({ initPreviews }) => {
        for (const type of types) document.removeEventListener(type, listener, true);
        const intent = pendingTap ? { link: pendingTap, kind: 'tap' as const } : first;
        if (intent) initPreviews(intent);
        else initPreviews();
      },
      () => {
        // No code (offline and never saved): the links stay plain links.
        for (const type of types) document.removeEventListener(type, listener, true);
        if (pendingTap) location.assign(pendingTap.href);
      },
    );
  };
  const listener = (event: Event) => {
    if (event.type === 'pointerdown') pointer = (event as PointerEvent).pointerType;
    const link = linkOf(event.target);
    if (!link) return;
    if (event.type === 'pointerover' && (event as PointerEvent).pointerType !== 'touch') start({ link, kind: 'hover' });
    else if (event.type === 'focusin' && link.matches(':focus-visible')) start({ link, kind: 'focus' });
    // A finger on a link: start loading; the tap itself is its click, below or in the previews.
    else if (event.type === 'pointerdown' && pointer === 'touch') start();
    else if (event.type === 'click' && pointer === 'touch') {
      const mouse = event as MouseEvent;
      if (mouse.button !== 0 || mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.altKey) return;
      // The code is on its way: the tap opens the preview when it arrives, as it would have.
      event.preventDefault();
      pendingTap = link;
      start({ link, kind: 'tap' });
    }
  };
  for (const type of types) document.addEventListener(type, listener, { capture: true, passive: type !== 'click' });
}
