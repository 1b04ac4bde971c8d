import { existsSync, readFileSync } from 'node:fs';
import { CHROMIUM_PATH, HAS_CHROMIUM } from '../../../scripts/lib/chromium.ts';
import type { Locale } from '../../i18n/locales';

/**
 * The book to take away: which files the export makes (a PDF and an EPUB per
 * language, under `downloads/`), whether this build makes them, and the slot
 * in the download control that shows each file's size.
 *
 * Pages are rendered before the files exist, so a page cannot know their
 * sizes. The control (Downloads.astro) leaves an empty, marked slot; the
 * export writes the size into it (fillDownloadSizes) before the search index
 * and the offline lists read the pages. Links are rendered only when the
 * build makes the files, so a build without Chromium links to nothing missing.
 * The export's report of what it made (written to EXPORT_REPORT, for the
 * benches) is described and read back here too.
 */

/** The folder of the downloads in the built site; the offline book leaves it out. */
export const DOWNLOADS_DIR = 'downloads/';

export type DownloadKind = 'pdf' | 'epub';

export interface DownloadFile {
  kind: DownloadKind;
  /** Relative to the site's root: `downloads/building-with-large-models-zh.pdf`. */
  path: string;
  type: string;
}

const FILE_STEM = 'building-with-large-models';

export const pdfPath = (locale: Locale): string => `${DOWNLOADS_DIR}${FILE_STEM}-${locale}.pdf`;
export const epubPath = (locale: Locale): string => `${DOWNLOADS_DIR}${FILE_STEM}-${locale}.epub`;

/** A language's downloads, in the order the control lists them. */
export const downloadFiles = (locale: Locale): DownloadFile[] => [
  { kind: 'pdf', path: pdfPath(locale), type: 'application/pdf' },
  { kind: 'epub', path: epubPath(locale), type: 'application/epub+zip' },
];

export type PdfFormat = 'A4' | 'Letter';

export interface ExportPlan {
  /** Whether the build makes the PDFs and EPUBs. */
  enabled: boolean;
  /** Why not, in one line, when it does not. */
  reason?: string;
  format: PdfFormat;
}

/** EXPORT=off turns the downloads off; PDF_FORMAT=Letter prints on US Letter instead of A4. */
export function exportPlan(env: Record<string, string | undefined> = process.env, hasChromium = HAS_CHROMIUM): ExportPlan {
  const raw = (env.PDF_FORMAT ?? 'A4').trim().toLowerCase();
  if (raw !== 'a4' && raw !== 'letter') throw new Error(`PDF_FORMAT must be A4 or Letter, got ${JSON.stringify(env.PDF_FORMAT)}`);
  const format: PdfFormat = raw === 'letter' ? 'Letter' : 'A4';
  if (env.EXPORT === 'off') return { enabled: false, reason: 'EXPORT=off: no PDF or EPUB of the book', format };
  if (!hasChromium) {
    return { enabled: false, reason: `no PDF or EPUB of the book: no Chromium at ${CHROMIUM_PATH}; install Chromium or set CHROMIUM_PATH, then npm run build`, format };
  }
  return { enabled: true, format };
}

/** 2.7 MB, 263 KB: what a reader weighs before a download. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The attribute that marks a size slot; its value is the file's path. */
export const SIZE_SLOT = 'data-download-size';

/**
 * Writes each file's size into the empty slots the control left for it.
 * Returns the page and how many slots it filled; a slot for a file not in
 * `sizes` is an error, as is a page with no slot at all (`expected`), so
 * a moved control fails the build instead of showing no size.
 */
export function fillDownloadSizes(html: string, sizes: ReadonlyMap<string, number>): { html: string; filled: number } {
  let filled = 0;
  const pattern = new RegExp(`(<[a-z]+[^>]*\\s${SIZE_SLOT}="([^"]+)"[^>]*>)(</[a-z]+>)`, 'g');
  const out = html.replace(pattern, (_all, open: string, file: string, close: string) => {
    const bytes = sizes.get(file);
    if (bytes === undefined) throw new Error(`a download control names ${file}, which the export did not make`);
    filled += 1;
    return `${open}${formatSize(bytes)}${close}`;
  });
  return { html: out, filled };
}

/** One file the export made: for the log, `npm run bench` and the size slots. */
export interface ExportedFile {
  path: string;
  bytes: number;
  /** Time to make it once the page is drawn. */
  ms: number;
}

/** What `EXPORT_REPORT=<file>` receives: the benches read it. */
export interface ExportReport {
  format: ExportPlan['format'];
  /** Per language: opening the whole-book page and drawing its diagrams, shared by its PDF and EPUB. */
  pages: { locale: Locale; diagrams: number; ms: number }[];
  files: ExportedFile[];
  /** Wall time of the whole export, languages in parallel. */
  ms: number;
}

/** The report a build wrote to `EXPORT_REPORT=<file>`; a build that made no file wrote none. */
export function readExportReport(file: string): ExportReport {
  if (!existsSync(file)) throw new Error(`the build made no PDF or EPUB (is Chromium at ${CHROMIUM_PATH}?)`);
  return JSON.parse(readFileSync(file, 'utf8')) as ExportReport;
}
