import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportInput } from '@shared/contract/reports';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../../electron/exports/pdf/chromium-pdf';
import type { PdfRenderer } from '../../../../electron/exports/pdf/pdf-renderer';
import { writeExport } from '../../../../electron/services/reports/export-writer';
import { wrappedLines } from '../../../../electron/exports/registers/register-xlsx';
import { resolveRegisterSeries } from '../../../../electron/services/reports/register-book-service';
import { pdfFontNames } from '../../../helpers/pdf-tools';
import { seedRegisters } from '../../../helpers/reports-fixtures';
import { createTestRuntime, makeTempDir, type TestRuntime } from '../../../helpers/test-runtime';

let rt: TestRuntime;
let renderer: PdfRenderer;
let out: string;
const ACCESS = { today: '2024-06-30', includeSecret: true };

beforeAll(async () => {
  rt = createTestRuntime({ today: '2024-06-30' });
  await seedRegisters(rt);
  renderer = createChromiumPdfRenderer({ executablePath: process.env.CHROMIUM_PATH });
  out = makeTempDir('vanthu-reports-');
});
afterAll(async () => {
  await renderer.close();
  await rt.dispose();
});

function work() {
  return { db: rt.db, exportsDir: out, access: ACCESS, pdf: () => renderer };
}

async function exportTo(input: ExportInput, name: string) {
  const result = await writeExport(work(), input, name);
  return { ...result, path: join(out, name) };
}

async function xlsxRows(path: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const rows: unknown[][] = [];
  book.worksheets[0]?.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const incoming = (over: Partial<Extract<ExportInput, { target: 'register' }>['register']> = {}, format: ExportInput['format'] = 'xlsx') =>
  ({
    target: 'register',
    format,
    register: {
      kind: 'incoming',
      year: 2024,
      paper: 'A4',
      seriesId: null,
      dateFrom: null,
      dateTo: null,
      numberFrom: null,
      numberTo: null,
      volume: '01',
      ...over,
    },
  }) satisfies ExportInput;

describe('printed registers', () => {
  it('XLSX: cover lines, the ten columns of the form, one line per entry of the open series in số đến order', async () => {
    const result = await exportTo(incoming(), 'den.xlsx');
    const rows = await xlsxRows(result.path);
    const flat = rows.map((r) => r.join('|'));
    expect(flat).toContain('SỞ Y TẾ');
    expect(flat).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    expect(flat).toContain('Từ ngày 04/03/2024 đến ngày 06/05/2024');
    expect(flat).toContain('Từ số 1 đến số 4');
    expect(flat).toContain('Quyển số: 01');
    const header = rows.findIndex((r) => r[0] === 'Ngày đến');
    expect(rows[header]).toEqual([
      'Ngày đến',
      'Số đến',
      'Tác giả',
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung văn bản',
      'Đơn vị hoặc người nhận',
      'Ngày chuyển',
      'Ký nhận',
      'Ghi chú',
    ]);
    const lines = rows.slice(header + 2);
    const count = rt.db
      .prepare(
        'SELECT count(*) AS n FROM incoming_documents d JOIN number_series s ON s.id = d.series_id WHERE s.is_secret = 0 AND d.year = 2024',
      )
      .get() as { n: number };
    expect(lines).toHaveLength(count.n);
    expect(result.rows).toBe(count.n);
    expect(lines.map((l) => l[1])).toEqual([1, 2, 3, 4]);
    expect(lines[0]?.slice(0, 8)).toEqual([
      '04/03/2024',
      1,
      'UBND tỉnh Đồng Nai',
      '15/UBND-KT',
      '01/03/2024',
      expect.stringMatching(/^Công văn: /),
      'Phòng Kế hoạch – Tài chính',
      '05/03/2024',
    ]);
    expect(lines[2]?.[9]).toBe('Đã hủy: Vào sổ nhầm');
    expect(flat.join('\n')).not.toContain('5/A-M');
  });

  it('XLSX: each line is as tall as its most wrapped cell, so no program prints the lines over each other', async () => {
    const result = await exportTo(incoming(), 'heights.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(result.path);
    const sheet = book.worksheets[0];
    const widths = (sheet?.columns ?? []).map((c) => c.width ?? 10);
    let header = 0;
    sheet?.eachRow((row, n) => {
      if (row.getCell(1).value === 'Ngày đến') header = n;
    });
    const heights: number[] = [];
    for (let n = header + 2; n <= (sheet?.rowCount ?? 0); n++) {
      const row = sheet?.getRow(n);
      heights.push(row?.height ?? 0);
      expect(row?.height).toBe(
        15 *
          Math.max(
            1,
            ...widths.map((w, i) => {
              const value = row?.getCell(i + 1).value;
              return typeof value === 'string' ? wrappedLines(value, w) : 1;
            }),
          ),
      );
    }
    // The seeded trích yếu are long enough to wrap: at least one line is taller than one text line.
    expect(Math.max(...heights)).toBeGreaterThan(15);
    expect(wrappedLines('Công văn: Về việc triển khai', 40)).toBe(1);
    expect(wrappedLines('Công văn: Về việc triển khai thực hiện Kết luận số 229-KL/TU của Tỉnh ủy về đấu thầu thuốc', 30)).toBe(3);
    expect(wrappedLines('10000/UBND-VX-KHTC-NVY-TCCB', 8)).toBeGreaterThan(2);
  });

  it('takes a number or date range, and the secret series only as its own book for callers who may see it', async () => {
    const byNumber = await xlsxRows((await exportTo(incoming({ numberFrom: 2, numberTo: 3 }), 'range.xlsx')).path);
    expect(byNumber.map((r) => r.join('|'))).toContain('Từ số 2 đến số 3');
    const byDate = await exportTo(incoming({ dateFrom: '2024-04-01', dateTo: '2024-12-31' }), 'dates.xlsx');
    expect(byDate.rows).toBe(2);
    const secret = rt.db.prepare("SELECT id FROM number_series WHERE direction = 'den' AND is_secret = 1").get() as { id: number };
    const secretBook = await xlsxRows((await exportTo(incoming({ seriesId: secret.id }), 'mat.xlsx')).path);
    expect(secretBook.map((r) => r.join('|')).join('\n')).toContain('(Sổ văn bản mật đến)');
    expect(secretBook.map((r) => r.join('|')).join('\n')).toContain('5/A-M');
    expect(() =>
      resolveRegisterSeries(rt.db, { kind: 'incoming', year: 2024, seriesId: secret.id }, { ...ACCESS, includeSecret: false }),
    ).toThrow(/văn bản mật/);
    expect(() => resolveRegisterSeries(rt.db, { kind: 'follow-up', year: 2024, seriesId: secret.id }, ACCESS)).toThrow(
      /không in văn bản mật/,
    );
  });

  it('DOCX: landscape, header rows repeated on each page, rows kept whole, page numbers in the footer, read back with mammoth', async () => {
    const result = await exportTo({ ...incoming({}, 'docx') }, 'den.docx');
    const zip = new PizZip(readFileSync(result.path));
    const xml = zip.file('word/document.xml')?.asText() ?? '';
    expect(xml).toContain('w:orient="landscape"');
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(2);
    expect(xml).toContain('<w:cantSplit/>');
    const footers = Object.keys(zip.files)
      .filter((f) => /word\/footer\d+\.xml/.test(f))
      .map((f) => zip.file(f)?.asText() ?? '');
    expect(footers.join('')).toMatch(/Trang .*PAGE/s);
    const text = (await mammoth.extractRawText({ path: result.path })).value;
    for (const expected of [
      'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
      'Từ số 1 đến số 4',
      'Tên loại và trích yếu nội dung văn bản',
      '15/UBND-KT',
      '220/BYT-KHTC',
      '88/SNV-TCBC',
      '(10)',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('PDF: cover without number, the table pages numbered from 1, Tinos only, every line read back with pdftotext', async () => {
    const result = await exportTo(incoming({}, 'pdf'), 'den.pdf');
    expect(pdfFontNames(result.path).every((f) => /^Tinos/.test(f))).toBe(true);
    const pages = execFileSync('pdftotext', ['-layout', result.path, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim());
    expect(pages[0]).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    expect(pages[0]).not.toMatch(/Trang \d/);
    expect(pages[1]).toMatch(/Trang 1\s*$/);
    const body = pages.slice(1).join('').replace(/\s+/g, '');
    for (const symbol of ['15/UBND-KT', '220/BYT-KHTC', '31/STC-NS', '88/SNV-TCBC']) expect(body).toContain(symbol);
    expect(result.pages).toBe(pages.length);
  });

  it('the outgoing and follow-up registers have their own columns; the follow-up cover has no number range', async () => {
    const di = await xlsxRows((await exportTo({ ...incoming(), register: { ...incoming().register, kind: 'outgoing' } }, 'di.xlsx')).path);
    const header = di.findIndex((r) => r[0] === 'Số, ký hiệu văn bản');
    expect(di[header]?.[6]).toBe('Số lượng bản');
    expect(di.slice(header + 2)).toHaveLength(3);
    expect(di.slice(header + 2).map((r) => r[0])).toEqual(['01/SYT-KHTC', '02/SYT-NVY', '03/SYT-KHTC']);
    const follow = await xlsxRows(
      (await exportTo({ ...incoming(), register: { ...incoming().register, kind: 'follow-up' } }, 'td.xlsx')).path,
    );
    const flat = follow.map((r) => r.join('|'));
    expect(flat.some((l) => l.startsWith('Từ số'))).toBe(false);
    const fh = follow.findIndex((r) => r[0] === 'Số đến');
    expect(follow.slice(fh + 2).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      [1, 'Phòng Kế hoạch – Tài chính', '20/03/2024', 'Hoàn thành ngày 18/03/2024'],
      [2, 'Phòng Kế hoạch – Tài chính', '25/03/2024', 'Hoàn thành ngày 28/03/2024 (trễ hạn)'],
      [2, 'Phòng Nghiệp vụ Y', '15/04/2024', 'Chưa xử lý – quá hạn'],
    ]);
  });

  it('leaves no partial file when cancelled', async () => {
    await expect(writeExport({ ...work(), isCancelled: () => true }, incoming({}, 'pdf'), 'cancelled.pdf')).rejects.toThrow();
    expect(readdirSync(out).filter((f) => f.startsWith('cancelled'))).toEqual([]);
  });
});
