import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './helpers/api';
import { makeDataDir, type RunningApp, startApp } from './helpers/app-server';
import { launchBrowser, openPage, SCREENSHOT_DIR, screenshot } from './helpers/browser';

const incoming = (n: number, over: Record<string, unknown> = {}) => ({
  receivedDate: `2024-0${(n % 9) + 1}-1${n % 10}`,
  issuerName: ['Bộ Y tế', 'UBND tỉnh Đồng Nai', 'Sở Tài chính', 'Sở Nội vụ'][n % 4],
  numberAndSymbol: `${100 + n}/UBND-VX`,
  docDate: `2024-0${(n % 9) + 1}-0${(n % 9) + 1}`,
  kind: n % 3 === 0 ? 'Kế hoạch' : 'Công văn',
  subject: `V/v triển khai nhiệm vụ số ${n} trong lĩnh vực y tế dự phòng năm 2024`,
  ...over,
});

async function typeDate(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(value);
  await input.press('Enter');
}

describe('Báo cáo in Chromium', () => {
  let browser: Browser;
  let app: RunningApp;
  const dir = makeDataDir('vanthu-reports-e2e-');

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp({ args: ['--today', '2025-01-05'] });
    await api(app, 'agency.save', { parentName: 'UBND TỈNH ĐỒNG NAI', name: 'Sở Y tế', abbreviation: 'SYT', place: 'Đồng Nai' });
    const unit = await api<{ id: number }>(app, 'units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' });
    for (let n = 1; n <= 24; n++) {
      const tasks =
        n % 2 === 0
          ? [{ content: `Xử lý văn bản ${n}`, leadText: 'Phòng Kế hoạch – Tài chính', leadUnitId: unit.id, deadline: '2024-10-31' }]
          : [];
      await api(app, 'incoming.register', incoming(n, { recipientUnitId: unit.id, transferredDate: incoming(n).receivedDate, tasks }));
    }
    for (let n = 1; n <= 6; n++) {
      await api(app, 'outgoing.issue', {
        kind: 'Công văn',
        subject: `V/v báo cáo định kỳ tháng ${n}`,
        docDate: `2024-0${n}-15`,
        recipients: ['Như trên', 'Lưu: VT'],
        draftingUnitId: unit.id,
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('prints the incoming register to PDF with its cover, reads the report, charts, imports an Excel register and closes the year', async () => {
    const { page, errors } = await openPage(browser, app.url);
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('register-year').fill('2024');
    await page.getByTestId('register-export-pdf').click();
    await page.getByTestId('export-done').waitFor({ timeout: 90_000 });
    await screenshot(page, 'reports-01-register');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    const pdf = join(dir, 'so-den.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    expect(text).toContain('Từ số 1 đến số 24');
    expect(text).toContain('Trang 1');
    expect(text.match(/\b\d+\/UBND-VX\b/g)).toHaveLength(24);
    const tablePages = text.split('\f').slice(1, -1);
    tablePages.forEach((p, i) => {
      expect(p).toContain('Tên loại và trích yếu nội dung');
      expect(p.trimEnd()).toMatch(new RegExp(`Trang ${i + 1}$`));
    });
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.every((f) => /^[A-Z]{6}\+(Tinos|LiberationSerif|TimesNewRoman)\S*\s+CID TrueType\s+Identity-H\s+yes/.test(f))).toBe(true);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(SCREENSHOT_DIR, 'reports-02-register-pdf')]);

    await page.getByTestId('reports-tab-bao-cao').click();
    await typeDate(page, 'Từ ngày', '01/01/2024');
    await typeDate(page, 'Đến ngày', '31/12/2024');
    await page.getByTestId('handling-show').click();
    await page.getByTestId('handling-table').getByText('Phòng Kế hoạch – Tài chính').waitFor();
    await screenshot(page, 'reports-03-handling');

    await page.getByTestId('reports-tab-thong-ke').click();
    await typeDate(page, 'Từ ngày', '01/01/2024');
    await typeDate(page, 'Đến ngày', '31/12/2024');
    await page.getByTestId('statistics-show').click();
    await page.getByTestId('chart-month').locator('svg.recharts-surface').waitFor();
    await page.waitForTimeout(800);
    await screenshot(page, 'reports-04-statistics');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-month-png').click()]);
    const pngFile = join(SCREENSHOT_DIR, 'reports-08-chart-download.png');
    await png.saveAs(pngFile);
    expect(readFileSync(pngFile).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(pngFile).size).toBeGreaterThan(3000);

    await page.getByTestId('reports-tab-nhap-excel').click();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sổ đến 2023');
    sheet.addRow(['SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2023']);
    sheet.addRow(['Ngày đến', 'Số đến', 'Tác giả', 'Số, ký hiệu', 'Ngày tháng văn bản', 'Trích yếu nội dung', 'Ghi chú']);
    sheet.addRow(['03/01/2023', 1, 'Bộ Y tế', '1/BYT-KH', '30/12/2022', 'Công văn V/v kế hoạch năm 2023', '']);
    sheet.addRow([44930, 2, 'Sở Tài chính', '7/STC', '02/01/2023', 'Thông báo dự toán', '']);
    sheet.addRow(['32/01/2023', 3, '', '9/X', '01/01/2023', 'Dòng nhập sai', '']);
    await page.locator('input[type=file]').setInputFiles({
      name: 'so-den-2023.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await page.getByTestId('import-preview').waitFor();
    await expect.poll(async () => page.getByTestId('import-counts').textContent()).toContain('2 dòng sẽ được nhập, 1 dòng lỗi');
    await screenshot(page, 'reports-05-import-preview');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').getByText('Đã nhập 2 văn bản, bỏ qua 1 dòng.').waitFor();
    await screenshot(page, 'reports-06-import-done');

    await page.getByTestId('reports-tab-khoa-so').click();
    const row = page.locator('[data-testid^="closing-row-"]', { hasText: 'Sổ văn bản đến' }).filter({ hasText: '2024' });
    await row.getByRole('button').click();
    await page.getByTestId('closing-confirm').click();
    await row.getByText(/Đã khóa ngày/).waitFor({ timeout: 90_000 });
    await screenshot(page, 'reports-07-closed');
    expect(errors).toEqual([]);
  });
});
