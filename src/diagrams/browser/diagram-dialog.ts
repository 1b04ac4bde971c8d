import { openModal, setUpModal } from '../../site/browser/modal-dialog';

let dialog: HTMLDialogElement | undefined;

/**
 * Shows a diagram at full size in a modal dialog that scrolls both ways:
 * on a phone the inline drawing is too small to read. Focus returns to the
 * zoom button when it closes.
 */
export function openDiagramDialog(figure: HTMLElement, opener: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('svg.diagram-svg');
  if (!svg) return;
  dialog ??= createDialog(figure.dataset.labelClose ?? 'Close');
  const body = dialog.querySelector('.diagram-dialog-body')!;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const [width, height] = (figure.dataset.naturalSize ?? '').split(' ');
  if (width && height) {
    copy.setAttribute('width', width);
    copy.setAttribute('height', height);
  }
  body.replaceChildren(copy);
  const title = figure.querySelector('.diagram-title')?.textContent ?? '';
  dialog.setAttribute('aria-label', title);
  openModal(dialog, opener);
}

function createDialog(closeLabel: string): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'diagram-dialog modal-dialog';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'diagram-dialog-close text-button';
  close.textContent = closeLabel;
  close.addEventListener('click', () => element.close());
  const body = document.createElement('div');
  body.className = 'diagram-dialog-body';
  body.tabIndex = 0;
  element.append(close, body);
  setUpModal(element);
  document.body.append(element);
  return element;
}
