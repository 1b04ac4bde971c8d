import { PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, as the page's lang: zh-CN, en. */
  lang: string;
  /** The edition's date: creation and modification. */
  date: Date;
}

/**
 * Chromium writes a PDF's title (from the document's title) and, in a tagged
 * PDF, its language, but no author or subject: it reads no `<meta>` for
 * them. pdf-lib adds them to the document information dictionary; the
 * outline, the tags and the links pass through untouched.
 */
export async function withPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setLanguage(metadata.lang);
  document.setCreationDate(metadata.date);
  document.setModificationDate(metadata.date);
  return document.save({ useObjectStreams: false });
}
