import { AppError } from '@shared/errors';
import type ExcelJS from 'exceljs';
import { loadExcelJS, loadIconv } from '../lazy-libraries';

/** One sheet of an uploaded file: its name and its cells (text, numbers, dates), row by row. */
export interface ImportSheet {
  name: string;
  rows: unknown[][];
}

const MAX_ROWS = 100_000;

function cellValue(cell: ExcelJS.Cell): unknown {
  // A merged cell reads as the value of the merge's top-left cell (a header spanning two rows).
  const value = cell.isMerged && cell.master !== cell ? cell.master.value : cell.value;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return value.result ?? null;
    if ('text' in value) return value.text;
    return null;
  }
  return value;
}

async function readXlsx(data: Uint8Array): Promise<ImportSheet[]> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('BAD_FILE', 'Không đọc được tệp Excel (.xlsx). Hãy mở tệp bằng Excel và lưu lại dạng .xlsx.');
  }
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    const width = sheet.columnCount;
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (rowNumber > MAX_ROWS) return;
      const cells: unknown[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c)));
      rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: sheet.name, rows };
  });
}

/** UTF-8 when the bytes are valid UTF-8 (BOM or not), otherwise Windows-1258, the Vietnamese code page. */
export async function decodeText(data: Uint8Array): Promise<string> {
  const bytes = Buffer.from(data);
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const text = utf8.includes('\uFFFD') ? (await loadIconv()).decode(bytes, 'windows1258') : utf8;
  return text.replace(/^\uFEFF/, '').normalize('NFC');
}

/** RFC 4180 fields with the delimiter guessed from the first line (comma, semicolon or tab). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.slice(0, MAX_ROWS);
}

/** Reads an uploaded register: .xlsx (every sheet) or .csv/.txt (one sheet). @throws BAD_FILE */
export async function readImportFile(name: string, data: Uint8Array): Promise<ImportSheet[]> {
  const isZip = data[0] === 0x50 && data[1] === 0x4b;
  if (isZip) return readXlsx(data);
  if (/\.xls$/i.test(name) || (data[0] === 0xd0 && data[1] === 0xcf)) {
    throw new AppError('BAD_FILE', 'Tệp Excel đời cũ (.xls) chưa đọc được: hãy mở bằng Excel và lưu lại dạng .xlsx hoặc .csv.');
  }
  if (!/\.(csv|txt)$/i.test(name)) throw new AppError('BAD_FILE', 'Chỉ nhập được tệp Excel (.xlsx) hoặc CSV (.csv).');
  return [{ name: name.replace(/\.(csv|txt)$/i, ''), rows: parseCsv(await decodeText(data)) }];
}
