import type { PDFDocument, PDFName, PDFPage } from 'pdf-lib';
import type { PdfTextFont } from './pdf-text-font';

export const MM = 72 / 25.4;

/** Times New Roman / Tinos / Liberation Serif 2 vertical metrics (hhea, units per em 2048). */
const ASCENT = 1825 / 2048;
const DESCENT = 443 / 2048;
const LINE_GAP = 87 / 2048;
const PX = 96 / 72;

/**
 * Chromium's font metrics at `size` pt: ascent, descent and line gap each rounded to whole CSS
 * pixels, as it lays text out (10.5 pt gives 16 px = 12 pt lines, not 1.15 × 10.5).
 */
function roundedMetrics(size: number): { ascent: number; descent: number; gap: number } {
  const px = size * PX;
  return { ascent: Math.round(px * ASCENT) / PX, descent: Math.round(px * DESCENT) / PX, gap: Math.round(px * LINE_GAP) / PX };
}

/** CSS `line-height: normal` of these fonts at `size` pt, in pt. */
export function lineNormal(size: number): number {
  const m = roundedMetrics(size);
  return m.ascent + m.descent + m.gap;
}

/** Distance from the top of a line box of `lineHeight` to the baseline of text at `size` (CSS half-leading). */
export function baselineIn(lineHeight: number, size: number): number {
  const m = roundedMetrics(size);
  return (lineHeight - m.ascent - m.descent) / 2 + m.ascent;
}

const n = (value: number): string => (Math.round(value * 100) / 100).toString();

/**
 * One page's content stream written as PDF operators directly (pdf-lib's drawText builds an object
 * per operator, too slow for tens of thousands of cells). Coordinates are in pt from the top-left
 * corner, as a layout thinks of them; they are flipped to PDF's bottom-up y here.
 */
export class PdfCanvas {
  private readonly ops: string[] = [];
  private readonly fonts = new Set<PdfTextFont>();

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  /** Words on one line, left end at x, baseline at `baseline` from the top; letterSpacing in pt. */
  text(font: PdfTextFont, size: number, x: number, baseline: number, words: readonly string[], letterSpacing = 0): void {
    if (words.length === 0) return;
    this.fonts.add(font);
    const spacing = letterSpacing === 0 ? '' : `${n(letterSpacing)} Tc `;
    const reset = letterSpacing === 0 ? '' : ' 0 Tc';
    this.ops.push(
      `BT /${font.key} ${n(size)} Tf ${spacing}1 0 0 1 ${n(x)} ${n(this.height - baseline)} Tm <${font.hex(words)}> Tj${reset} ET`,
    );
  }

  /** A line of words aligned in the box [left, left + boxWidth]. */
  alignedText(
    font: PdfTextFont,
    size: number,
    left: number,
    boxWidth: number,
    baseline: number,
    words: readonly string[],
    align: 'left' | 'center',
    letterSpacing = 0,
  ): void {
    if (align === 'left') {
      this.text(font, size, left, baseline, words, letterSpacing);
      return;
    }
    const width = font.lineWidth(words) * size + letterSpacing * countChars(words);
    this.text(font, size, left + (boxWidth - width) / 2, baseline, words, letterSpacing);
  }

  lineWidth(width: number): void {
    this.ops.push(`${n(width)} w`);
  }

  /** A straight line from (x1, y1) to (x2, y2), stroked with the current width. */
  line(x1: number, y1: number, x2: number, y2: number): void {
    this.ops.push(`${n(x1)} ${n(this.height - y1)} m ${n(x2)} ${n(this.height - y2)} l S`);
  }

  /** A rectangle's outline; (x, y) is its top-left corner. */
  rect(x: number, y: number, w: number, h: number): void {
    this.ops.push(`${n(x)} ${n(this.height - y - h)} ${n(w)} ${n(h)} re S`);
  }

  /** Adds the page to the document with its fonts and its content (compressed). */
  addTo(doc: PDFDocument): PDFPage {
    const page = doc.addPage([this.width, this.height]);
    // context.obj turns a string into a PDF name (pdf-lib itself loads on first use: lazy-libraries.ts).
    for (const font of this.fonts) page.node.setFontDictionary(doc.context.obj(font.key) as PDFName, font.font.ref);
    const stream = doc.context.flateStream(this.ops.join('\n'));
    page.node.addContentStream(doc.context.register(stream));
    return page;
  }
}

function countChars(words: readonly string[]): number {
  let count = Math.max(0, words.length - 1);
  for (const word of words) count += Array.from(word).length;
  return count;
}
