import { AppError } from '@shared/errors';
import { knownCodesFrom } from '@shared/ocr/number-line';
import type { OcrResult } from '@shared/ocr/types';
import { assembleResult } from './assemble';
import { imageKindOf, imagePageSource } from './image-pages';
import { type PageReading, readPage } from './page-reader';
import type { PageSource } from './page-source';
import { pdfPageSource } from './pdf-pages';
import type { OcrEngine } from './tesseract-engine';

/**
 * OCR of a whole file (scanned PDF, PNG, JPEG, TIFF) with an engine the caller owns, page by page
 * with progress and cancellation between pages. Electron-free; the job `intake.ocr` runs it in a worker.
 */

export interface OcrFileOptions {
  /** Directory names and aliases (agency, units, external bodies) to correct against. */
  knownNames?: readonly string[];
  /** 1-based pages to read (e.g. the PDF pages without a text layer); all pages when absent. */
  pages?: readonly number[];
  /** Resolution PDF pages are rendered at; at least 200, default 300. */
  dpi?: number;
  onProgress?(done: number, total: number, message: string): void;
  isCancelled?(): boolean;
}

export const DEFAULT_PDF_DPI = 300;
export const MIN_PDF_DPI = 200;

export type OcrInputKind = 'pdf' | 'png' | 'jpeg' | 'tiff';

/** What the bytes are (by content, not by name), or null when OCR cannot take them. */
export function ocrInputKind(data: Uint8Array): OcrInputKind | null {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  return imageKindOf(data);
}

/** @throws BAD_FILE (unreadable or unsupported file), TOO_LARGE, VALIDATION (bad page list), CANCELLED */
export async function ocrFile(engine: OcrEngine, data: Uint8Array, options: OcrFileOptions = {}): Promise<OcrResult> {
  const started = Date.now();
  if (data.length === 0) throw new AppError('BAD_FILE', 'Tệp rỗng, không có gì để nhận dạng.');
  const kind = ocrInputKind(data);
  if (!kind) throw new AppError('BAD_FILE', 'Chỉ nhận dạng được tệp PDF và ảnh PNG, JPEG, TIFF.');
  const dpi = Math.max(MIN_PDF_DPI, options.dpi ?? DEFAULT_PDF_DPI);
  const source: PageSource = kind === 'pdf' ? await pdfPageSource(data, dpi) : await imagePageSource(data, kind, engine);
  try {
    const numbers = pagesToRead(options.pages, source.pageCount);
    const knownNames = options.knownNames ?? [];
    const knownCodes = knownCodesFrom(knownNames);
    const readings: PageReading[] = [];
    for (const [i, number] of numbers.entries()) {
      if (options.isCancelled?.()) throw new AppError('CANCELLED');
      options.onProgress?.(i, numbers.length, `Đang nhận dạng trang ${i + 1}/${numbers.length}`);
      readings.push(await readPage(engine, number, await source.page(number), knownCodes));
    }
    options.onProgress?.(numbers.length, numbers.length, 'Đã nhận dạng xong');
    return assembleResult(readings, knownNames, knownCodes, Date.now() - started);
  } finally {
    await source.close();
  }
}

function pagesToRead(requested: readonly number[] | undefined, pageCount: number): number[] {
  if (!requested) return Array.from({ length: pageCount }, (_, i) => i + 1);
  if (requested.length === 0) throw new AppError('VALIDATION', 'Chưa chọn trang nào để nhận dạng.');
  const wrong = requested.find((n) => !Number.isInteger(n) || n < 1 || n > pageCount);
  if (wrong !== undefined) throw new AppError('VALIDATION', `Tệp chỉ có ${pageCount} trang, không có trang ${wrong}.`);
  return [...new Set(requested)].sort((a, b) => a - b);
}
