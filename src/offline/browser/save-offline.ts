/**
 * The "save for offline" control (SaveOffline.astro): fetches every file of
 * this language's book through the service worker, which stores it, with a
 * progress bar, then confirms in the role="status" line. The same control
 * shows progress when a new version re-saves a saved book (offline-cache.ts).
 */
import { fillPlaceholders } from '../../i18n/placeholders';
import { controlled, fetchAll, markSaved, readBook, type OfflineSite } from './offline-cache';

export interface SaveControl {
  progress: (done: number, total: number, updating?: boolean) => void;
  finish: (message: string) => void;
}

/** The control of this page, if it has one, saving through the worker of `site` (the update notice's data). */
export function initSaveOffline(site: OfflineSite): SaveControl | undefined {
  const control = document.querySelector<HTMLElement>('.save-offline');
  if (!control || !('serviceWorker' in navigator) || !('caches' in window)) return undefined;
  const button = control.querySelector('button')!;
  const bar = control.querySelector('progress')!;
  const count = control.querySelector<HTMLElement>('.save-offline-count')!;
  const status = control.querySelector<HTMLElement>('.save-offline-status')!;
  const locale = control.dataset.locale ?? '';
  const text = (key: 'saving' | 'updating' | 'saved' | 'failed', values: Record<string, string | number> = {}) =>
    fillPlaceholders(control.dataset[key] ?? '', values);
  // Shown once the worker is registered (offline-reading.ts calls this then).
  control.dataset.ready = '';
  const ui: SaveControl = {
    progress(done, total, updating = false) {
      // Announced once; the count beside the bar is not, or a screen reader would read every file.
      if (done === 0) status.textContent = text(updating ? 'updating' : 'saving');
      bar.hidden = false;
      bar.max = total;
      bar.value = done;
      count.textContent = `${done} / ${total}`;
    },
    finish(message) {
      bar.hidden = true;
      count.textContent = '';
      status.textContent = message;
    },
  };

  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await controlled();
      const book = await readBook(site.lists[locale]!);
      let done = 0;
      ui.progress(0, book.files.length);
      await fetchAll(site.base, book.files, () => ui.progress(++done, book.files.length));
      markSaved(site, locale, book.version);
      ui.finish(text('saved', { files: book.files.length, size: megabytes(book.bytes, document.documentElement.lang) }));
    } catch {
      ui.finish(text('failed'));
    } finally {
      button.disabled = false;
    }
  });
  return ui;
}

function megabytes(bytes: number, lang: string): string {
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
