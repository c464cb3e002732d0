import { coverLines, type RegisterBook } from '@shared/reports/register-book';
import { formatDateVi } from '@shared/text/dates';
import { baselineIn, lineNormal, MM, type PdfCanvas } from '../pdf/pdf-canvas';
import { splitWords } from '../pdf/pdf-text-font';
import type { TableFonts } from './register-pdf-table';

/**
 * The register's cover page and a report's heading, drawn as the HTML register printed them
 * (shared/print/register-html.ts): a double-ruled frame, the agencies at the top with a short rule,
 * the title, then "Năm", "Từ ngày … đến ngày …", "Từ số … đến số …" and "Quyển số".
 */

export interface ContentBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

const RULE = 0.75;

interface BlockLine {
  words: string[];
  bold: boolean;
}

/** A centred block of lines (the agencies) with its short rule under it; returns its bottom. */
function agencyBlock(
  canvas: PdfCanvas,
  fonts: TableFonts,
  lines: readonly BlockLine[],
  size: number,
  lineHeight: number,
  centre: number | null,
  left: number,
  top: number,
): number {
  const widths = lines.map((l) => (l.bold ? fonts.bold : fonts.regular).lineWidth(l.words) * size);
  const blockWidth = Math.max(0, ...widths);
  const blockLeft = centre === null ? left : centre - blockWidth / 2;
  let y = top;
  const baseline = baselineIn(lineHeight, size);
  lines.forEach((line) => {
    canvas.alignedText(line.bold ? fonts.bold : fonts.regular, size, blockLeft, blockWidth, y + baseline, line.words, 'center');
    y += lineHeight;
  });
  const rule = blockWidth * 0.4;
  const ruleY = y + 3 + RULE / 2;
  canvas.lineWidth(RULE);
  canvas.line(blockLeft + (blockWidth - rule) / 2, ruleY, blockLeft + (blockWidth + rule) / 2, ruleY);
  return y + 3 + RULE;
}

function agencyLines(book: RegisterBook): BlockLine[] {
  const c = book.cover;
  const lines: BlockLine[] = [];
  if (c.parentName) lines.push({ words: splitWords(c.parentName.toUpperCase()), bold: false });
  lines.push({ words: splitWords(c.agencyName.toUpperCase()), bold: true });
  return lines;
}

/** The cover page of a register (layout 'book'), inside the page's margins. */
export function drawCover(canvas: PdfCanvas, fonts: TableFonts, book: RegisterBook, box: ContentBox): void {
  const frameHeight = box.height - 2 * MM;
  // The HTML cover asked for a 1.5 pt double border; at 2 px Chromium drew it as one solid line.
  canvas.lineWidth(1.5);
  canvas.rect(box.left + 0.75, box.top + 0.75, box.width - 1.5, frameHeight - 1.5);
  const innerLeft = box.left + 1.5 + 18 * MM;
  const innerWidth = box.width - 3 - 36 * MM;
  const centre = innerLeft + innerWidth / 2;
  let y = box.top + 1.5 + 14 * MM;
  y = agencyBlock(canvas, fonts, agencyLines(book), 13, 13 * 1.3, centre, innerLeft, y);

  y += 38 * MM;
  const titleSize = 26;
  const titleLine = lineNormal(titleSize);
  for (const words of fonts.bold.wrap(book.cover.title, titleSize, innerWidth - 20)) {
    canvas.alignedText(fonts.bold, titleSize, innerLeft, innerWidth, y + baselineIn(titleLine, titleSize), words, 'center', 0.5);
    y += titleLine;
  }
  if (book.cover.seriesName) {
    y += 4 * MM;
    const size = 15;
    const lh = lineNormal(size);
    for (const words of fonts.italic.wrap(`(${book.cover.seriesName})`, size, innerWidth)) {
      canvas.alignedText(fonts.italic, size, innerLeft, innerWidth, y + baselineIn(lh, size), words, 'center');
      y += lh;
    }
  }

  y += 22 * MM;
  const size = 15;
  const lineHeight = 2 * size;
  const lines = coverLines(book.cover, formatDateVi).map(splitWords);
  const blockWidth = Math.max(0, ...lines.map((words) => fonts.regular.lineWidth(words) * size));
  const blockLeft = centre - blockWidth / 2;
  for (const words of lines) {
    canvas.text(fonts.regular, size, blockLeft, y + baselineIn(lineHeight, size), words);
    y += lineHeight;
  }
}

/** A report's heading on its first page (layout 'report'); returns where the table starts. */
export function drawReportHeading(canvas: PdfCanvas, fonts: TableFonts, book: RegisterBook, box: ContentBox): number {
  const size = 12;
  const lh = lineNormal(size);
  const agencyBottom = agencyBlock(canvas, fonts, agencyLines(book), size, lh, null, box.left, box.top);
  let y = agencyBottom + 10 * MM;
  const titleSize = 15;
  const titleLine = lineNormal(titleSize);
  for (const words of fonts.bold.wrap(book.cover.title, titleSize, box.width)) {
    canvas.alignedText(fonts.bold, titleSize, box.left, box.width, y + baselineIn(titleLine, titleSize), words, 'center');
    y += titleLine;
  }
  for (const line of coverLines(book.cover, formatDateVi, 'report')) {
    y += 2 * MM;
    canvas.alignedText(fonts.italic, size, box.left, box.width, y + baselineIn(lh, size), splitWords(line), 'center');
    y += lh;
  }
  return y + 8 * MM;
}
