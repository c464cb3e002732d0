import type { RegisterBook, RegisterCell } from '@shared/reports/register-book';
import { baselineIn, lineNormal, type PdfCanvas } from '../pdf/pdf-canvas';
import type { PdfTextFont } from '../pdf/pdf-text-font';

/**
 * The register's table drawn by hand, as the HTML register looked in Chromium: fixed column widths
 * (the form's percentages), a 0.75 pt grid, cells padded 2 pt × 3 pt, top-aligned text wrapped at
 * spaces, the header (titles in bold, then the column numbers in italics) repeated on every page,
 * and a row never split across two pages.
 */

export interface TableFonts {
  regular: PdfTextFont;
  bold: PdfTextFont;
  italic: PdfTextFont;
}

export interface TableGeometry {
  left: number;
  width: number;
  fontSize: number;
}

/**
 * The grid: 0.6 pt asked in the HTML, drawn by Chromium as one whole pixel (0.75 pt), and in the
 * collapsed-border model the cell's share of the top border rounded up to that pixel too.
 */
const GRID = 0.75;
const PAD_X = 3;
const PAD_Y = 2;
const NUMBERS_PAD_Y = 1;
const EMPTY_PAD = 8;
export const EMPTY_NOTICE = 'Không có văn bản nào trong phạm vi đã chọn.';

interface Cell {
  lines: string[][];
  font: PdfTextFont;
  align: 'left' | 'center';
}

export interface TableRow {
  cells: Cell[];
  height: number;
  /** Vertical placement of the text in the row: body rows at the top, header rows in the middle. */
  valign: 'top' | 'middle';
  padY: number;
  /** One cell spanning every column (the notice of an empty register). */
  spanAll?: boolean;
}

export class RegisterTable {
  readonly columnX: number[];
  readonly columnWidth: number[];
  readonly lineHeight: number;
  readonly head: TableRow[];
  readonly headHeight: number;
  private readonly boldFrom: number;

  constructor(
    private readonly book: RegisterBook,
    private readonly fonts: TableFonts,
    private readonly geometry: TableGeometry,
  ) {
    // Chromium gave each column its percentage of the table plus the cell's padding and borders,
    // then scaled the whole down to the table's width less half a grid line: the narrow columns came
    // out a little wider. Matching it keeps the same words on each line as the earlier prints.
    const raw = book.columns.map((c) => (c.widthPct / 100) * geometry.width + 2 * PAD_X + GRID);
    const scale = (geometry.width - GRID / 2) / (raw.reduce((sum, w) => sum + w, 0) || 1);
    let x = geometry.left;
    this.columnX = [];
    this.columnWidth = [];
    for (const rawWidth of raw) {
      const w = rawWidth * scale;
      this.columnX.push(x);
      this.columnWidth.push(w);
      x += w;
    }
    this.lineHeight = lineNormal(geometry.fontSize);
    this.boldFrom = book.lines.length - book.boldTailLines;
    const titles = this.row(
      book.columns.map((c) => c.title),
      fonts.bold,
      book.columns.map(() => 'center' as const),
      'middle',
      PAD_Y,
    );
    const numbers = this.row(
      book.columns.map((_c, i) => `(${i + 1})`),
      fonts.italic,
      book.columns.map(() => 'center' as const),
      'middle',
      NUMBERS_PAD_Y,
    );
    this.head = [titles, numbers];
    this.headHeight = titles.height + numbers.height;
  }

  private row(
    texts: readonly string[],
    font: PdfTextFont,
    aligns: readonly ('left' | 'center')[],
    valign: TableRow['valign'],
    padY: number,
  ): TableRow {
    const size = this.geometry.fontSize;
    let maxLines = 1;
    const cells = texts.map((text, i) => {
      const lines = font.wrap(text, size, (this.columnWidth[i] ?? 0) - 2 * PAD_X - GRID);
      maxLines = Math.max(maxLines, lines.length);
      return { lines, font, align: aligns[i] ?? 'left' };
    });
    return { cells, height: 2 * padY + maxLines * this.lineHeight + GRID, valign, padY };
  }

  /** Line `index` of the register as a table row (its text wrapped to the column widths). */
  bodyRow(index: number): TableRow {
    const line = this.book.lines[index] ?? [];
    const font = index >= this.boldFrom ? this.fonts.bold : this.fonts.regular;
    return this.row(
      this.book.columns.map((_c, j) => cellText(line[j] ?? null)),
      font,
      this.book.columns.map((c) => c.align),
      'top',
      PAD_Y,
    );
  }

  /** The one row of a register without lines. */
  emptyRow(): TableRow {
    const size = this.geometry.fontSize;
    const lines = this.fonts.italic.wrap(EMPTY_NOTICE, size, this.geometry.width - 2 * EMPTY_PAD);
    return {
      cells: [{ lines, font: this.fonts.italic, align: 'center' }],
      height: 2 * EMPTY_PAD + lines.length * this.lineHeight + GRID,
      valign: 'top',
      padY: EMPTY_PAD,
      spanAll: true,
    };
  }

  /** Draws the header and the rows from `top` down; returns the bottom of the table. */
  draw(canvas: PdfCanvas, top: number, rows: readonly TableRow[]): number {
    const size = this.geometry.fontSize;
    const baseline = baselineIn(this.lineHeight, size);
    const all = [...this.head, ...rows];
    let y = top;
    for (const row of all) {
      const textHeight = Math.max(1, ...row.cells.map((c) => c.lines.length)) * this.lineHeight;
      row.cells.forEach((cell, i) => {
        const x = row.spanAll ? this.geometry.left : (this.columnX[i] ?? 0);
        const w = row.spanAll ? this.geometry.width : (this.columnWidth[i] ?? 0);
        const inner = row.spanAll ? 2 * EMPTY_PAD : 2 * PAD_X + GRID;
        const ownHeight = cell.lines.length * this.lineHeight;
        const offset = row.valign === 'middle' ? (textHeight - ownHeight) / 2 : 0;
        let lineTop = y + GRID + row.padY + offset;
        for (const words of cell.lines) {
          canvas.alignedText(cell.font, size, x + inner / 2, w - inner, lineTop + baseline, words, cell.align);
          lineTop += this.lineHeight;
        }
      });
      y += row.height;
    }
    this.grid(canvas, top, all, rows.length > 0 && rows.every((r) => r.spanAll));
    return y;
  }

  private grid(canvas: PdfCanvas, top: number, rows: readonly TableRow[], spanBody: boolean): void {
    const left = this.geometry.left;
    const right = (this.columnX[this.columnX.length - 1] ?? left) + (this.columnWidth[this.columnWidth.length - 1] ?? 0);
    canvas.lineWidth(GRID);
    let y = top;
    canvas.line(left, y, right, y);
    const headBottom = top + this.headHeight;
    for (const row of rows) {
      y += row.height;
      canvas.line(left, y, right, y);
    }
    for (const x of [...this.columnX, right]) {
      const inner = x !== left && x !== right;
      canvas.line(x, top, x, inner && spanBody ? headBottom : y);
    }
  }
}

function cellText(value: RegisterCell): string {
  return value === null ? '' : String(value);
}
