/**
 * The "copy as Markdown" control (CopyMarkdown.astro). The Markdown is
 * fetched when the reader asks for it, handed to the clipboard as a pending
 * ClipboardItem where the browser has one (Safari only allows clipboard
 * writes that start within the click), and the outcome is written to a
 * role="status" line, which screen readers announce.
 */
const CLEAR_AFTER_MS = 6000;

export function initCopyMarkdown(): void {
  for (const control of document.querySelectorAll<HTMLElement>('.copy-markdown')) {
    const button = control.querySelector('button');
    const status = control.querySelector<HTMLElement>('.copy-markdown-status');
    const href = control.dataset.href;
    if (!button || !status || !href || !navigator.clipboard) continue;
    control.dataset.ready = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      clearTimeout(timer);
      status.textContent = '';
      const text = fetch(href).then((response) => {
        if (!response.ok) throw new Error(`${href}: ${response.status}`);
        return response.text();
      });
      try {
        await copyText(text);
        status.textContent = control.dataset.copied ?? 'Copied';
      } catch {
        status.textContent = control.dataset.failed ?? 'Could not copy';
      }
      timer = setTimeout(() => (status.textContent = ''), CLEAR_AFTER_MS);
    });
  }
}

async function copyText(text: Promise<string>): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
    return;
  }
  await navigator.clipboard.writeText(await text);
}
