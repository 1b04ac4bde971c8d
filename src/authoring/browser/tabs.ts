/**
 * Behaviour of <Tabs> (Tabs.astro), after the WAI-ARIA tabs pattern with
 * automatic activation: click, or ←/→ (wrapping), Home and End on a tab,
 * select it. Tab sets with the same `data-sync-key` follow each other and
 * remember the choice in localStorage, for every page of the site.
 *
 * Panels are found through each tab's aria-controls, never by rebuilding
 * ids: the whole-book page prefixes every id of a chapter (book-anchors.ts).
 */

interface TabSet {
  tabs: HTMLElement[];
  syncKey: string | undefined;
}

const STORAGE_PREFIX = 'tabs:';

const labelOf = (tab: HTMLElement | undefined) => tab?.textContent?.trim() ?? '';
const panelOf = (tab: HTMLElement) => document.getElementById(tab.getAttribute('aria-controls') ?? '');

function load(syncKey: string): string | null {
  try {
    return localStorage.getItem(STORAGE_PREFIX + syncKey);
  } catch {
    return null;
  }
}

function save(syncKey: string, label: string): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + syncKey, label);
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
}

/** Shows tab `index` of a set and hides the others; focuses it when asked. */
function select(set: TabSet, index: number, focus = false): void {
  set.tabs.forEach((tab, i) => {
    const selected = i === index;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    panelOf(tab)?.toggleAttribute('hidden', !selected);
  });
  const tab = set.tabs[index];
  if (!tab) return;
  if (focus) tab.focus();
  // Keep the selected tab in sight when the list scrolls sideways (narrow screens).
  const list = tab.parentElement;
  if (list && list.scrollWidth > list.clientWidth) {
    list.scrollLeft = tab.offsetLeft + tab.offsetWidth / 2 - list.clientWidth / 2;
  }
}

/**
 * The reader chose a tab: select it, and the tab of the same label in every
 * set with the same key. Panels above may change height; the page scrolls
 * by as much, so the chosen tab stays where it was under the pointer.
 */
function choose(sets: readonly TabSet[], set: TabSet, index: number): void {
  const tab = set.tabs[index];
  if (!tab) return;
  const { syncKey } = set;
  if (!syncKey) return select(set, index, true);
  const label = labelOf(tab);
  const before = tab.getBoundingClientRect().top;
  for (const other of sets) {
    if (other.syncKey !== syncKey) continue;
    const match = other.tabs.findIndex((t) => labelOf(t) === label);
    if (match >= 0) select(other, match, other === set);
  }
  const shift = tab.getBoundingClientRect().top - before;
  if (shift !== 0) window.scrollBy({ top: shift, behavior: 'instant' });
  save(syncKey, label);
}

const KEYS: Record<string, (current: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** A link to something inside a hidden panel opens that panel first. */
function revealHash(sets: readonly TabSet[]): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  let panel = target?.closest<HTMLElement>('[role="tabpanel"]');
  let revealed = false;
  for (; panel; panel = panel.parentElement?.closest<HTMLElement>('[role="tabpanel"]')) {
    if (!panel.hidden) continue;
    for (const set of sets) {
      const index = set.tabs.findIndex((tab) => tab.getAttribute('aria-controls') === panel?.id);
      if (index >= 0) select(set, index);
    }
    revealed = true;
  }
  if (revealed) target?.scrollIntoView();
}

export function initTabs(): void {
  const roots = document.querySelectorAll<HTMLElement>('[data-tabs]:not([data-tabs-ready])');
  const sets: TabSet[] = [...roots].map((root) => ({
    tabs: [...root.querySelectorAll<HTMLElement>(':scope > [role="tablist"] > [role="tab"]')],
    syncKey: root.dataset.syncKey || undefined,
  }));
  sets.forEach((set, n) => {
    const list = set.tabs[0]?.parentElement;
    set.tabs.forEach((tab, i) => tab.addEventListener('click', () => choose(sets, set, i)));
    list?.addEventListener('keydown', (event) => {
      const move = KEYS[event.key];
      const current = set.tabs.indexOf(event.target as HTMLElement);
      if (!move || current < 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // Also keeps ← and → from turning the page (chapter-keys.ts).
      event.preventDefault();
      choose(sets, set, move(current, set.tabs.length));
    });
    const saved = set.syncKey ? load(set.syncKey) : null;
    const index = saved === null ? -1 : set.tabs.findIndex((tab) => labelOf(tab) === saved);
    if (index > 0) select(set, index);
    roots[n]?.setAttribute('data-tabs-ready', '');
  });
  revealHash(sets);
  addEventListener('hashchange', () => revealHash(sets));
}
