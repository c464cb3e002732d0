import { REGISTER_MARGINS_MM } from '@shared/print/register-html';
import { coverLines, type RegisterBook } from '@shared/reports/register-book';
import { formatDateVi } from '@shared/text/dates';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../services/lazy-libraries';

const MM_TO_INCH = 1 / 25.4;
/** Excel column width units per percent of a landscape A4 table (≈ 150 characters wide in all). */
const CHARS_PER_PCT = 1.5;
/** Height in points of one line of 11 pt Times New Roman in a cell. */
const LINE_PT = 15;

/** Characters of 11 pt Times New Roman per Excel width unit (the width of a Calibri digit), on average, less a margin. */
const TIMES_CHARS_PER_UNIT = 1.2;

/** How many lines a cell's text wraps to in a column `width` units wide (greedy, by words). */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width * TIMES_CHARS_PER_UNIT) - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const length = [...word].length;
    const needed = used === 0 ? length : used + 1 + length;
    if (needed <= room) used = needed;
    else if (used === 0) {
      lines += Math.ceil(length / room) - 1;
      used = length % room || room;
    } else {
      lines += 1 + Math.ceil(length / room) - 1;
      used = length % room || room;
    }
  }
  return lines;
}

/**
 * Spreadsheet programs do not all grow a row to fit wrapped text when they open a file
 * (LibreOffice keeps the default height and prints the lines over each other), so each row
 * carries the height of its tallest cell.
 */
function rowHeight(values: readonly unknown[], widths: readonly number[]): number {
  let lines = 1;
  values.forEach((value, i) => {
    if (typeof value === 'string' && value.length > 0) lines = Math.max(lines, wrappedLines(value, widths[i] ?? 10));
  });
  return lines * LINE_PT;
}

/**
 * The register as .xlsx (exceljs streaming writer): the cover lines above the table, the form's
 * header and column numbers as rows printed on every page, landscape A4/A3 fitted to the width,
 * page numbers in the footer. Numbers stay numbers so the clerk can sort and sum.
 */
export async function writeRegisterXlsx(book: RegisterBook, file: string, onRow?: (done: number) => void): Promise<void> {
  const { stream } = await loadExcelJS();
  const workbook = new stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const m = REGISTER_MARGINS_MM;
  const sheet = workbook.addWorksheet('Sổ', {
    pageSetup: {
      // 8 is A3 in the OOXML paper codes (exceljs lists only some of them).
      paperSize: (book.paper === 'A3' ? 8 : 9) as ExcelJS.PaperSize,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: {
        left: m.left * MM_TO_INCH,
        right: m.right * MM_TO_INCH,
        top: m.top * MM_TO_INCH,
        bottom: m.bottom * MM_TO_INCH,
        header: 0.2,
        footer: 0.2,
      },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&10Trang &P' },
  });
  const widths = book.columns.map((c) => Math.max(6, c.widthPct * CHARS_PER_PCT));
  sheet.columns = widths.map((width) => ({ width }));
  const font = { name: 'Times New Roman', size: 11 };
  const border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;
  const c = book.cover;
  const head = [
    c.parentName?.toUpperCase() ?? '',
    c.agencyName.toUpperCase(),
    '',
    c.title,
    c.seriesName ? `(${c.seriesName})` : '',
    ...coverLines(c, formatDateVi, book.layout),
    '',
  ];
  head.forEach((value, i) => {
    const row = sheet.addRow([value]);
    row.font = { ...font, bold: i === 1 || i === 3, size: i === 3 ? 16 : 12 };
    row.commit();
  });
  const headerRowNumber = head.length + 1;
  const titles = sheet.addRow(book.columns.map((col) => col.title));
  titles.height = 45;
  titles.eachCell((cell) => {
    cell.font = { ...font, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  titles.commit();
  const numbers = sheet.addRow(book.columns.map((_col, i) => `(${i + 1})`));
  numbers.eachCell((cell) => {
    cell.font = { ...font, italic: true };
    cell.alignment = { horizontal: 'center' };
    cell.border = border;
  });
  numbers.commit();
  sheet.pageSetup.printTitlesRow = `${headerRowNumber}:${headerRowNumber + 1}`;
  const boldFrom = book.lines.length - book.boldTailLines;
  book.lines.forEach((line, index) => {
    const row = sheet.addRow(line.map((v) => (v === '' ? null : v)));
    row.height = rowHeight(line, widths);
    for (let i = 1; i <= book.columns.length; i++) {
      const cell = row.getCell(i);
      cell.font = index >= boldFrom ? { ...font, bold: true } : font;
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: book.columns[i - 1]?.align === 'center' ? 'center' : 'left' };
    }
    row.commit();
    if (onRow && index % 500 === 0) onRow(index);
  });
  sheet.commit();
  await workbook.commit();
}
