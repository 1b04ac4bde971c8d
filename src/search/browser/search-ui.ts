import { PagefindUI } from '@pagefind/default-ui';
import stylesheet from '@pagefind/default-ui/css/ui.css?url';

/** Longer queries are cut: nobody types them, and they only cost time. */
const MAX_QUERY_LENGTH = 200;

let mounted: Promise<void> | undefined;
let indexAvailable: Promise<boolean> | undefined;

/** The dev server serves no index (it is built with the site); a deployed site should have one. */
function checkIndex(bundlePath: string): Promise<boolean> {
  if (import.meta.env.DEV) return Promise.resolve(false);
  return (indexAvailable ??= fetch(`${bundlePath}pagefind-entry.json`).then(
    (response) => response.ok,
    () => false,
  ));
}

/** Starts loading what a first search needs: the stylesheet and the index's entry file. */
export function warmUp(dialog: HTMLDialogElement): void {
  addStylesheet();
  void checkIndex(dialog.dataset.bundlePath ?? '/pagefind/');
}

function addStylesheet(): void {
  if (document.querySelector(`link[href="${stylesheet}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  document.head.append(link);
}

export async function mountSearch(dialog: HTMLDialogElement): Promise<void> {
  mounted ??= mount(dialog);
  await mounted;
  dialog.querySelector<HTMLInputElement>('.search-ui input')?.focus();
}

async function mount(dialog: HTMLDialogElement): Promise<void> {
  addStylesheet();
  const container = dialog.querySelector<HTMLElement>('.search-ui')!;
  const bundlePath = dialog.dataset.bundlePath ?? '/pagefind/';
  // `npm run dev` serves no index: say so instead of leaving the box stuck on "Searching…".
  if (!(await checkIndex(bundlePath))) {
    const message = document.createElement('p');
    message.className = 'search-no-index';
    message.setAttribute('role', 'status');
    message.textContent = dialog.dataset.noIndex ?? 'The search index is built by npm run build.';
    container.replaceChildren(message);
    return;
  }
  const strings = JSON.parse(dialog.dataset.strings ?? '{}') as Record<string, string>;
  new PagefindUI({
    element: container,
    bundlePath,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: true,
    // Short: the index is local and small; results should follow typing closely.
    debounceTimeoutMs: 60,
    translations: strings,
    processTerm: (term: string) => term.slice(0, MAX_QUERY_LENGTH),
    // Result links carry ?highlight=…, which the landing page turns into marks.
    highlightParam: 'highlight',
  });
  void warmEngine(bundlePath);
  // Pagefind's input carries only a title; give it a proper accessible name.
  container.querySelector('input')?.setAttribute('aria-label', strings.search_label ?? dialog.getAttribute('aria-label') ?? '');
}

interface PagefindModule {
  preload(term: string): Promise<void>;
}

/**
 * While the reader starts typing, load the word index (under 40 KB per
 * language) so that the first results do not wait for it. Runs after the UI
 * has given Pagefind its options.
 *
 * Only the index, not the result fragments: `preload` stops before any result
 * exists, but loading fragments means calling `data()` on results, and
 * Pagefind keeps one fragment object per page into which every search writes
 * its excerpt and highlight link. A warm-up search through the UI's instance
 * overwrote the reader's marked excerpt with an unmarked one (seen in CI under
 * load); a second instance avoids that but fetches the WASM twice (measured:
 * 210 KB instead of 124 KB for a first search, for no faster result).
 */
async function warmEngine(bundlePath: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 150));
  try {
    const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
    await pagefind.preload('a');
  } catch {
    // Warming is an optimisation; the UI loads what it needs anyway.
  }
}
