import { openPdf } from './ocr/pdf-pages';
import { type PositionedText, pageTextFromItems } from './pdf-lines';

/**
 * The text layer of a PDF, page by page, rebuilt into the reading order the extractor expects:
 * lines top to bottom, a blank line between paragraphs, a wrapped line joined to the one before.
 * Pages without a usable text layer (scans) are reported so that only they go to OCR.
 */

export interface PdfTextPage {
  number: number;
  text: string;
  /** Enough letters and digits, little garbage: the text layer can be trusted. */
  hasTextLayer: boolean;
}

const MIN_TEXT_CHARACTERS = 20;

/** @throws BAD_FILE (Vietnamese message) for a damaged, empty or password-protected PDF */
export async function readPdfTextPages(data: Uint8Array): Promise<PdfTextPage[]> {
  const doc = await openPdf(data);
  try {
    const pages: PdfTextPage[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        const size = Math.hypot(a ?? 0, b ?? 0) || item.height || 1;
        items.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size });
      }
      const text = pageTextFromItems(items).normalize('NFC');
      const characters = (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
      const garbage = (text.match(/[\uFFFD\uE000-\uF8FF\u0000-\u0008]/gu) ?? []).length;
      pages.push({ number, text, hasTextLayer: characters >= MIN_TEXT_CHARACTERS && garbage < 0.1 * characters });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
