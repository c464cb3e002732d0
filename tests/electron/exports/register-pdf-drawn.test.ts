import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INCOMING_REGISTER_COLUMNS, type PaperSize, type RegisterBook } from '@shared/reports/register-book';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { browserCandidates, createChromiumPdfRenderer } from '../../../electron/exports/pdf/chromium-pdf';
import type { PdfRenderer } from '../../../electron/exports/pdf/pdf-renderer';
import { findSerifFonts } from '../../../electron/exports/pdf/serif-fonts';
import { renderRegisterPdf } from '../../../electron/exports/registers/register-pdf';
import { hasCommand, tempDir } from '../../helpers/pdf-tools';

const fonts = findSerifFonts();
const canRun = fonts !== null && hasCommand('pdffonts') && hasCommand('pdftotext');
if (!canRun) console.warn('SKIP drawn register PDF tests: no Tinos / Liberation Serif 2 / Times New Roman, or no poppler-utils.');

const SUBJECTS = [
  'V/v tăng cường quản lý, sử dụng đất đai ở địa phương; trường hợp ưu tiên giải quyết trước ngày 30/6',
  'Về việc phân bổ kinh phí thực hiện chương trình mục tiêu quốc gia năm 2024 cho các đơn vị trực thuộc Sở',
  'Kế hoạch kiểm tra công tác văn thư, lưu trữ',
];
/** One issuer typed in decomposed form (NFD, as some Mac and web sources paste it): printed as the same letters. */
const ISSUERS = ['Sở Y tế', 'Ủy ban nhân dân tỉnh Đồng Nai'.normalize('NFD'), 'Bảo hiểm xã hội tỉnh Đồng Nai'];

function book(lines: number, paper: PaperSize = 'A4'): RegisterBook {
  return {
    kind: 'incoming',
    layout: 'book',
    boldTailLines: 0,
    cover: {
      parentName: 'Ủy ban nhân dân tỉnh Đồng Nai',
      agencyName: 'Sở Y tế',
      title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
      seriesName: null,
      year: 2024,
      dateFrom: '2024-01-02',
      dateTo: '2024-12-30',
      numberFrom: 1,
      numberTo: lines,
      showNumberRange: true,
      volume: '01',
    },
    columns: INCOMING_REGISTER_COLUMNS,
    lines: Array.from({ length: lines }, (_v, i) => [
      '04/03/2024',
      i + 1,
      ISSUERS[i % ISSUERS.length] ?? '',
      `${i + 1}/SYT`,
      '01/03/2024',
      `Công văn ${SUBJECTS[i % SUBJECTS.length]}`,
      'Phòng Kế hoạch – Tài chính',
      '05/03/2024',
      null,
      i === 5 ? 'Ghi chú rất dài: KHÔNGCÓKHOẢNGTRẮNGNÀOTRONGCHUỖIKÝTỰNÀYCẢ' : i === 7 ? '\u0007Số 15/\u200bA\ufeff' : null,
    ]),
    paper,
  };
}

describe.skipIf(!canRun)('register PDF drawn with pdf-lib', () => {
  const dir = tempDir('vanthu-register-pdf-');
  let chromium: PdfRenderer | null = null;
  const noChromium = () => {
    throw new Error('Chromium must not be needed when a serif font is installed');
  };
  afterAll(async () => {
    await chromium?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function write(name: string, register: RegisterBook, renderer: () => PdfRenderer = noChromium) {
    const steps: [number, number][] = [];
    const result = await renderRegisterPdf(register, { renderer }, { onProgress: (done, total) => steps.push([done, total]) });
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, result.pdf);
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    return { ...result, file, pages, steps };
  }

  it('prints every line once, the header and "Trang N" on every table page, the cover first, in embedded Tinos/Times only', async () => {
    const out = await write('den', book(700));
    expect(out.pages.length).toBeGreaterThan(20);
    const [cover, ...table] = out.pages;
    for (const line of ['ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI', 'SỞ Y TẾ', 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', 'Năm: 2024', 'Quyển số: 01']) {
      expect(cover).toContain(line);
    }
    expect(cover).toMatch(/Từ ngày 02\/01\/2024 đến ngày 30\/12\/2024/);
    expect(cover).toMatch(/Từ số 1 đến số 700/);
    expect(cover).not.toMatch(/Trang \d/);
    table.forEach((page, i) => {
      expect(page).toContain('Tên loại và trích yếu nội dung');
      expect(page).toMatch(/\(1\)\s+\(2\)\s+\(3\).*\(10\)/);
      expect(page.trimEnd()).toMatch(new RegExp(`Trang ${i + 1}$`));
    });
    const symbols = table.join('\n').match(/\b\d+\/SYT\b/g) ?? [];
    expect(symbols).toHaveLength(700);
    expect(new Set(symbols).size).toBe(700);
    const text = table.join('\n');
    for (const word of ['Ủy', 'Sở Y tế', 'đất', 'đai', 'ở', 'ưu', 'tiên', 'trường', 'Đồng', 'Phòng Kế hoạch –', 'Tài chính'])
      expect(text).toContain(word);
    expect(text.replace(/\s+/g, '')).toContain('KHÔNGCÓKHOẢNGTRẮNGNÀOTRONGCHUỖIKÝTỰNÀYCẢ');
    // Zero-width and control characters pasted from elsewhere print as nothing (fontkit would draw a space or a box).
    expect(text).toMatch(/Số 15\/A\n/);
    expect(text).not.toMatch(/[\u0007\u200b\ufeff]/);
    const fontsTable = execFileSync('pdffonts', [out.file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fontsTable.length).toBeGreaterThanOrEqual(2);
    for (const row of fontsTable) {
      expect(row).toMatch(/^[A-Z]{6}\+(Tinos|LiberationSerif|TimesNewRoman)/);
      expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });

  it('is landscape A4 by default and landscape A3 when asked; progress runs to its end', async () => {
    const a4 = await write('a4', book(30));
    const a3 = await write('a3', book(30, 'A3'));
    const size = async (pdf: Buffer) =>
      (await PDFDocument.load(pdf)).getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())]);
    expect(new Set((await size(a4.pdf)).map(String))).toEqual(new Set(['842,595']));
    expect(new Set((await size(a3.pdf)).map(String))).toEqual(new Set(['1191,842']));
    expect(a3.pages.length).toBeLessThan(a4.pages.length);
    const last = a4.steps[a4.steps.length - 1];
    expect(last?.[0]).toBe(last?.[1]);
    expect(a4.steps.every(([done], i) => i === 0 || done >= (a4.steps[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it('stops when cancelled', async () => {
    await expect(renderRegisterPdf(book(2000), { renderer: noChromium }, { isCancelled: () => true })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    let calls = 0;
    await expect(renderRegisterPdf(book(2000), { renderer: noChromium }, { isCancelled: () => ++calls > 2 })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
  });

  it('an empty register prints its notice under the header', async () => {
    const out = await write('empty', book(0));
    expect(out.pages).toHaveLength(2);
    expect(out.pages[1]).toContain('Không có văn bản nào trong phạm vi đã chọn.');
    expect(out.pages[1]).toMatch(/Trang 1\s*$/);
  });

  const browser = browserCandidates().find((p) => existsSync(p));
  it.skipIf(!browser)('prints through Chromium when no usable serif font file is found, with the pages the drawn PDF has', async () => {
    chromium = createChromiumPdfRenderer({ executablePath: browser });
    const renderer = chromium;
    const printed = await write('chromium', { ...book(120), lines: book(120).lines }, () => renderer);
    const viaChromium = await renderRegisterPdf(book(120), { renderer: () => renderer, fonts: null });
    const file = join(dir, 'chromium.pdf');
    writeFileSync(file, viaChromium.pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text.match(/\b\d+\/SYT\b/g)).toHaveLength(120);
    expect(text).toMatch(/Trang 1\s/);
    // Same wrapping and page breaks as Chromium's table (one page of slack for another Chromium).
    expect(Math.abs(viaChromium.pages - printed.pages.length)).toBeLessThanOrEqual(1);
    const notAFont = join(dir, 'not-a-font.ttf');
    writeFileSync(notAFont, 'này không phải phông chữ');
    const broken = { family: 'Tinos', regular: notAFont, bold: notAFont, italic: notAFont };
    const fallback = await renderRegisterPdf(book(3), { renderer: () => renderer, fonts: broken });
    const fallbackFile = join(dir, 'fallback.pdf');
    writeFileSync(fallbackFile, fallback.pdf);
    expect(execFileSync('pdftotext', [fallbackFile, '-'], { encoding: 'utf8' })).toContain('3/SYT');
  });
});
