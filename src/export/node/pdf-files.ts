import { CHROMIUM_PATH, HAS_CHROMIUM } from '../../../scripts/lib/chromium';
import type { Locale } from '../../i18n/locales';

/**
 * Where each language's PDF of the whole book goes, relative to the built
 * site, and whether this build makes them. The book page links to its PDF
 * only when it will exist, so a build without Chromium links to nothing
 * missing.
 */
export const pdfPath = (locale: Locale): string => `downloads/building-with-large-models-${locale}.pdf`;

export type PdfFormat = 'A4' | 'Letter';

export interface PdfExportPlan {
  /** Whether the build makes the PDFs. */
  enabled: boolean;
  /** Why not, in one line, when it does not. */
  reason?: string;
  format: PdfFormat;
}

/** EXPORT=off turns the PDFs off; PDF_FORMAT=Letter prints on US Letter instead of A4. */
export function pdfExportPlan(env: Record<string, string | undefined> = process.env, hasChromium = HAS_CHROMIUM): PdfExportPlan {
  const raw = (env.PDF_FORMAT ?? 'A4').trim().toLowerCase();
  if (raw !== 'a4' && raw !== 'letter') throw new Error(`PDF_FORMAT must be A4 or Letter, got ${JSON.stringify(env.PDF_FORMAT)}`);
  const format: PdfFormat = raw === 'letter' ? 'Letter' : 'A4';
  if (env.EXPORT === 'off') return { enabled: false, reason: 'EXPORT=off: no PDFs of the book', format };
  if (!hasChromium) {
    return { enabled: false, reason: `no PDFs of the book: no Chromium at ${CHROMIUM_PATH}; install Chromium or set CHROMIUM_PATH, then npm run build`, format };
  }
  return { enabled: true, format };
}
