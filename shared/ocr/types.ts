/**
 * What OCR of a scanned document returns (Tiếp nhận): the text in reading order, each page's lines
 * with their confidences and positions in that text, and the corrections made against known names
 * and fixed phrases. Offsets are UTF-16 indices into `OcrResult.text`.
 */

/** An axis-aligned box in page pixels (x1, y1 exclusive). */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a line sits on the page: the two columns of the header and of the signature block, or the body. */
export type OcrRegion = 'header-left' | 'header-right' | 'body' | 'footer-left' | 'footer-right';

export interface OcrWordResult {
  text: string;
  /** Tesseract's word confidence, 0–100. Codes such as "8161/SYT-KHTC" score low even when right. */
  confidence: number;
  offset: number;
  length: number;
}

export interface OcrLineResult {
  text: string;
  confidence: number;
  region: OcrRegion;
  offset: number;
  length: number;
  box: OcrBox;
  words: OcrWordResult[];
}

export type CorrectionReason = 'name' | 'kind' | 'phrase' | 'spacing' | 'number-line' | 'date-line' | 'subject-marker' | 'authority-marker';

/** One change made to the recognised text; `offset`/`length` locate the replacement in the output. */
export interface OcrCorrection {
  offset: number;
  length: number;
  originalOffset: number;
  original: string;
  replacement: string;
  reason: CorrectionReason;
}

export interface OcrPageResult {
  /** 1-based page number in the file. */
  number: number;
  /** Mean word confidence of the page, 0–100. */
  confidence: number;
  /** Clockwise quarter turns applied before recognition, in degrees. */
  rotation: 0 | 90 | 180 | 270;
  /** Small-angle skew removed before recognition, in degrees. */
  skewDegrees: number;
  width: number;
  height: number;
  /** Resolution of the raster read; null when the file gave none and the page is not A4-shaped. */
  dpi: number | null;
  /** Offset of the page's first character in `OcrResult.text`. */
  offset: number;
  length: number;
  lines: OcrLineResult[];
  /** The lines a clerk should check: low line confidence or a doubtful word. */
  lowConfidenceLines: OcrLineResult[];
}

export interface OcrResult {
  text: string;
  pages: OcrPageResult[];
  corrections: OcrCorrection[];
  durationMs: number;
}

/** Parameters of the 'intake.ocr' job: one file, by path or as a stored attachment. */
export interface OcrJobParams {
  /** An absolute path, or a path relative to the data folder (which it must not leave). */
  path?: string;
  /** A stored attachment (files/<aa>/<sha256> in the data folder). */
  fileSha256?: string;
  /** Directory names and aliases to correct against (knownNamesFromDirectory). */
  knownNames?: string[];
  /** 1-based pages to read; all when absent (pass the PDF pages without a text layer). */
  pages?: number[];
  /** Render resolution for PDF pages, 200–600, default 300. */
  dpi?: number;
}
