import { REGISTER_MARGINS_MM } from '@shared/print/register-html';
import { coverLines, type RegisterBook } from '@shared/reports/register-book';
import { formatDateVi } from '@shared/text/dates';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../services/lazy-libraries';

const MM_TO_INCH = 1 / 25.4;
/** Excel column width units per percent of a landscape A4 table (≈ 150 characters wide in all). */
const CHARS_PER_PCT = 1.5;

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
  sheet.columns = book.columns.map((c) => ({ width: Math.max(6, c.widthPct * CHARS_PER_PCT) }));
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
