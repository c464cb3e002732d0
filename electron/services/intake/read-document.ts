import { AppError } from '@shared/errors';
import type { OcrResult } from '@shared/ocr/types';
import { decodeText } from './decode-text';
import { imageKindOf } from './ocr/image-pages';
import { readDocx } from './read-docx';
import { readPdfTextPages } from './read-pdf-text';

/**
 * Tiếp nhận, step one: the bytes of a dropped file → the text the extractor reads. Plain text and
 * Word files are read directly, a PDF through its text layer; scanned PDF pages and images go to
 * OCR (the caller supplies it: the 'intake.ocr' job in the app, an engine of its own in the CLI).
 */

export type DocumentSource = 'text' | 'docx' | 'pdf-text' | 'ocr';

export interface DocumentText {
  text: string;
  source: DocumentSource;
  /** Page count of a PDF or an image file. */
  pages?: number;
  /** OCR only: the recognised lines a clerk should check, as offsets into `text`. */
  lowConfidence?: Array<{ start: number; end: number; confidence: number }>;
  /** OCR only: mean word confidence over the pages, 0–100. */
  confidence?: number;
}

/** Recognises scanned pages (1-based; all when absent). */
export type OcrFunction = (data: Uint8Array, pages?: number[]) => Promise<OcrResult>;

export type DocumentKind = 'text' | 'docx' | 'pdf' | 'image';

const EXTENSION_KINDS: Record<string, DocumentKind> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  docx: 'docx',
  pdf: 'pdf',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  tif: 'image',
  tiff: 'image',
};

export const READABLE_EXTENSIONS: readonly string[] = Object.keys(EXTENSION_KINDS);

/** What a file is, by its content first and its name second. @throws BAD_FILE for anything else */
export function documentKind(data: Uint8Array, fileName: string): DocumentKind {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const byName = EXTENSION_KINDS[extension];
  if (head.includes('%PDF-')) return 'pdf';
  if (imageKindOf(data)) return 'image';
  if (byName) return byName;
  if (data[0] === 0xd0 && data[1] === 0xcf) {
    throw new AppError('BAD_FILE', 'Tệp Word .doc cũ chưa đọc được: hãy mở bằng Word và lưu lại thành .docx hoặc PDF.');
  }
  throw new AppError('BAD_FILE', `Chưa đọc được loại tệp "${fileName}": chỉ nhận .txt, .docx, .pdf và ảnh PNG, JPEG, TIFF.`);
}

/** @throws BAD_FILE (Vietnamese message) for an empty, damaged or unsupported file */
export async function readDocument(data: Uint8Array, fileName: string, ocr?: OcrFunction): Promise<DocumentText> {
  if (data.length === 0) throw new AppError('BAD_FILE', 'Tệp rỗng, không có nội dung để đọc.');
  const kind = documentKind(data, fileName);
  if (kind === 'text') return { text: decodeText(data), source: 'text' };
  if (kind === 'docx') return { text: await readDocx(data), source: 'docx' };
  if (kind === 'image') return fromOcr(await requireOcr(ocr)(data));
  const pages = await readPdfTextPages(data);
  const scanned = pages.filter((p) => !p.hasTextLayer).map((p) => p.number);
  if (scanned.length === 0) return { text: joinPages(pages.map((p) => p.text)), source: 'pdf-text', pages: pages.length };
  const result = await requireOcr(ocr)(data, scanned);
  if (scanned.length === pages.length) return { ...fromOcr(result), pages: pages.length };
  return mergeOcrPages(pages, result);
}

/** Pages end to end; a sentence cut by the page break (no final punctuation, lower-case start) is rejoined. */
export function joinPages(texts: readonly string[]): string {
  let out = '';
  for (const text of texts) {
    if (out === '') out = text;
    else if (/[\p{L}\p{N},]$/u.test(out) && /^\p{Ll}/u.test(text)) out += ` ${text}`;
    else out += `\n\n${text}`;
  }
  return out;
}

function requireOcr(ocr: OcrFunction | undefined): OcrFunction {
  if (!ocr) throw new AppError('NOT_SUPPORTED', 'Tệp là bản quét, cần nhận dạng chữ (OCR) mà chức năng này chưa có.');
  return ocr;
}

function lowConfidenceOf(result: OcrResult, shift = 0): NonNullable<DocumentText['lowConfidence']> {
  return result.pages.flatMap((page) =>
    page.lowConfidenceLines.map((line) => ({
      start: line.offset + shift,
      end: line.offset + line.length + shift,
      confidence: line.confidence,
    })),
  );
}

function meanConfidence(result: OcrResult): number {
  if (result.pages.length === 0) return 0;
  return result.pages.reduce((sum, p) => sum + p.confidence, 0) / result.pages.length;
}

function fromOcr(result: OcrResult): DocumentText {
  return {
    text: result.text,
    source: 'ocr',
    pages: result.pages.length,
    lowConfidence: lowConfidenceOf(result),
    confidence: meanConfidence(result),
  };
}

/** A PDF with some scanned pages: text-layer pages as they are, scanned ones from OCR, in page order. */
function mergeOcrPages(pages: Awaited<ReturnType<typeof readPdfTextPages>>, result: OcrResult): DocumentText {
  let text = '';
  const lowConfidence: NonNullable<DocumentText['lowConfidence']> = [];
  for (const page of pages) {
    if (text !== '') text += '\n\n';
    const read = result.pages.find((p) => p.number === page.number);
    if (!read) {
      text += page.text;
      continue;
    }
    const pageText = result.text.slice(read.offset, read.offset + read.length);
    lowConfidence.push(...lowConfidenceOf({ ...result, pages: [read] }, text.length - read.offset));
    text += pageText;
  }
  return { text, source: 'ocr', pages: pages.length, lowConfidence, confidence: meanConfidence(result) };
}
