import { AppError } from '@shared/errors';
import { PAGE, SIZES, TEXT_WIDTH_MM } from '@shared/drafting/layout';
import type { PDFDocument } from 'pdf-lib';
import { loadPdfLib } from '../../services/lazy-libraries';

const MM_TO_PT = 72 / 25.4;

export interface PageNumberOptions {
  /** First page that shows its number (Phụ lục I: not on page 1). Default 2. */
  firstNumberedPage?: number;
  sizePt?: number;
  /** Baseline of the number, measured from the top edge (inside the top margin). */
  baselineFromTopMm?: number;
}

/**
 * Stamps Arabic page numbers centred over the text column in the top margin, from page 2 on
 * (Phụ lục I). The digits use the PDF standard Times-Roman font, which needs no embedding.
 */
export async function stampPageNumbers(pdf: Uint8Array, options: PageNumberOptions = {}): Promise<Buffer> {
  const first = options.firstNumberedPage ?? 2;
  const size = options.sizePt ?? SIZES.pageNumber;
  const baseline = (options.baselineFromTopMm ?? PAGE.headerDistanceMm + 4) * MM_TO_PT;
  const { PDFDocument: Pdf, StandardFonts } = await loadPdfLib();
  let doc: PDFDocument;
  try {
    doc = await Pdf.load(pdf);
  } catch {
    throw new AppError('BAD_FILE', 'Tệp PDF vừa tạo không đọc lại được để đánh số trang.');
  }
  const pages = doc.getPages();
  if (pages.length >= first) {
    const font = await doc.embedFont(StandardFonts.TimesRoman);
    const centerX = (PAGE.margin.leftMm + TEXT_WIDTH_MM / 2) * MM_TO_PT;
    pages.forEach((page, index) => {
      const number = index + 1;
      if (number < first) return;
      const label = String(number);
      const width = font.widthOfTextAtSize(label, size);
      page.drawText(label, { x: centerX - width / 2, y: page.getHeight() - baseline, size, font });
    });
  }
  return Buffer.from(await doc.save());
}
