import { pageNumberHtml, registerPartHtml } from '@shared/print/register-html';
import type { RegisterBook } from '@shared/reports/register-book';
import { AppError } from '@shared/errors';
import { loadPdfLib } from '../../services/lazy-libraries';
import type { PdfRenderer } from '../pdf/pdf-renderer';
import type { RegisterPdf, RegisterPdfOptions } from './register-pdf-types';

/**
 * Lines per part. Chromium's print time grows faster than the table: a 10,000-line register in one
 * pass took over 15 minutes; a 1,000-line part about 2 s untagged (4.5 s tagged).
 */
export const PDF_PART_LINES = 1000;
/** Parts printed at the same time (the machine has two cores). */
const PARALLEL_PARTS = 2;

async function inPool<T>(count: number, width: number, work: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < count) {
      const index = next++;
      results[index] = await work(index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, count) }, lane));
  return results;
}

/**
 * The register as PDF through the shared Chromium renderer, used when no serif font file is found
 * to draw it directly (register-pdf.ts): parts of PDF_PART_LINES lines printed
 * two at a time, joined with pdf-lib, then "Trang N" laid over every page after the cover from
 * a numbers-only PDF printed by the same renderer (so the digits are Tinos/Times, embedded).
 */
export async function printRegisterPdf(book: RegisterBook, renderer: PdfRenderer, options: RegisterPdfOptions = {}): Promise<RegisterPdf> {
  const size = options.partLines ?? PDF_PART_LINES;
  const partCount = Math.max(1, Math.ceil(book.lines.length / size));
  let done = 0;
  const parts = await inPool(partCount, PARALLEL_PARTS, async (index) => {
    if (options.isCancelled?.()) throw new AppError('CANCELLED');
    const html = registerPartHtml(book, {
      from: index * size,
      to: Math.min(book.lines.length, (index + 1) * size),
      withCover: index === 0,
    });
    const bytes = await renderer.htmlToPdf(html, { timeoutMs: 120_000, tagged: false });
    options.onProgress?.(++done, partCount + 1);
    return bytes;
  });
  const { PDFDocument, ParseSpeeds } = await loadPdfLib();
  // pdf-lib parses in small slices between event-loop turns unless told not to: ten parts took ~13 s that way.
  const FAST = { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false } as const;
  const joined = parts.length === 1 ? await PDFDocument.load(parts[0] as Buffer, FAST) : await PDFDocument.create();
  if (parts.length > 1) {
    for (const part of parts) {
      const source = await PDFDocument.load(part, FAST);
      const copied = await joined.copyPages(source, source.getPageIndices());
      for (const page of copied) joined.addPage(page);
    }
  }
  if (options.isCancelled?.()) throw new AppError('CANCELLED');
  const pageCount = joined.getPageCount();
  const hasCover = book.layout === 'book';
  const first = hasCover ? 1 : 0;
  const numbers = await renderer.htmlToPdf(pageNumberHtml(book.paper, pageCount, hasCover), { timeoutMs: 120_000 });
  const overlays = await joined.embedPdf(
    numbers,
    Array.from({ length: pageCount - first }, (_v, i) => i + first),
  );
  overlays.forEach((overlay, i) => {
    const page = joined.getPage(i + first);
    page.drawPage(overlay, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  });
  joined.setTitle(book.cover.title);
  joined.setLanguage('vi');
  options.onProgress?.(partCount + 1, partCount + 1);
  return { pdf: Buffer.from(await joined.save({ objectsPerTick: Number.POSITIVE_INFINITY })), pages: pageCount };
}
