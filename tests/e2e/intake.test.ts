import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingPage, IncomingRecord } from '@shared/contract/incoming';
import type { TaskSummary } from '@shared/contract/tasks';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_004 } from '../fixtures/ocr/seed-004-document';
import { convertImage, documentPageHtml, renderPagesToPng } from '../helpers/ocr-pages';
import { seedDocx } from '../helpers/seed-documents';
import { makeTempDir } from '../helpers/test-runtime';
import { api } from './helpers/api';
import { type RunningApp, startApp } from './helpers/app-server';
import { launchBrowser, openPage, screenshot } from './helpers/browser';

const SEED_002 = readFileSync(join(__dirname, '..', 'fixtures', 'seeds', 'seed-002.txt'), 'utf8');
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Drops a file on an element the way a file manager does (a drop event carrying a DataTransfer). */
async function dropFile(page: Page, testId: string, name: string, mime: string, bytes: Uint8Array) {
  const dataTransfer = await page.evaluateHandle(
    ({ base64, fileName, type }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], fileName, { type }));
      return transfer;
    },
    { base64: Buffer.from(bytes).toString('base64'), fileName: name, type: mime },
  );
  const target = `[data-testid="${testId}"]`;
  await page.dispatchEvent(target, 'dragenter', { dataTransfer });
  await page.dispatchEvent(target, 'dragover', { dataTransfer });
  await page.dispatchEvent(target, 'drop', { dataTransfer });
}

describe('Tiếp nhận in Chromium (seed 002 as a Word file)', () => {
  let browser: Browser;
  let app: RunningApp;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp({ args: ['--today', '2023-09-25'] });
    await api(app, 'agency.save', { parentName: 'UBND TỈNH ĐỒNG NAI', name: 'Sở Y tế', abbreviation: 'SYT', place: 'Đồng Nai' });
    for (const [name, abbreviation] of [
      ['Văn phòng', 'VP'],
      ['Phòng Kế hoạch – Tài chính', 'KHTC'],
      ['Phòng Nghiệp vụ', 'NV'],
      ['Thanh tra', 'TTra'],
    ] as const) {
      await api(app, 'units.create', { name, abbreviation });
    }
    await api(app, 'bodies.create', { name: 'UBND tỉnh Đồng Nai', shortName: 'UBND tỉnh' });
    await api(app, 'bodies.create', { name: 'Sở Y tế tỉnh Đồng Nai', shortName: 'SYT Đồng Nai' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('reads the dropped DOCX into the form and three tasks with their lead units, and registers it with them', async () => {
    const { page, errors } = await openPage(browser, app.url);
    await page.getByTestId('nav-intake').click();
    await page.getByTestId('intake-dropzone').waitFor();
    await screenshot(page, 'intake-01-empty');

    await dropFile(page, 'intake-dropzone', 'CV-SYT-KHTC-09-2023.docx', DOCX_MIME, await seedDocx(SEED_002));
    await page.getByTestId('intake-review').waitFor({ timeout: 30_000 });
    await screenshot(page, 'intake-02-read');
    await expect(page.getByTestId('intake-source').textContent()).resolves.toContain('Tệp Word');
    await expect(page.getByTestId('intake-numberAndSymbol').inputValue()).resolves.toBe('/SYT-KHTC');
    await expect(page.getByTestId('intake-subject').inputValue()).resolves.toMatch(/^triển khai thực hiện Kết luận số 448-KL\/TU/);
    await expect(page.getByTestId('incoming-issuer').inputValue()).resolves.toBe('Sở Y tế tỉnh Đồng Nai');
    await expect(page.getByTestId('intake-signerName').inputValue()).resolves.toBe('Nguyễn Văn Bình');
    const leads = ['Văn phòng', 'Phòng Kế hoạch – Tài chính', 'Phòng Nghiệp vụ'];
    await expect(page.locator('[data-testid^="intake-task-"][data-testid$="-content"]').count()).resolves.toBe(3);
    for (const [i, unit] of leads.entries()) {
      await expect(page.getByTestId(`intake-task-${i}-lead-unit`).inputValue()).resolves.toBe(unit);
      await page.getByTestId(`intake-task-${i}-matched`).waitFor();
    }
    await page.getByTestId('intake-tasks').scrollIntoViewIfNeeded();
    await screenshot(page, 'intake-03-tasks');

    await page.getByTestId('intake-source-subject').hover();
    await page.getByRole('tooltip').getByText('Đọc từ văn bản:').waitFor();
    await screenshot(page, 'intake-04-source-tooltip');

    await page.getByTestId('intake-register').click();
    await page.getByTestId('intake-done').waitFor();
    await expect(page.getByTestId('intake-done').textContent()).resolves.toContain('Đã vào sổ: số đến 1/2023');
    await screenshot(page, 'intake-05-registered');

    const [record] = (await api<IncomingPage>(app, 'incoming.list', { year: 2023 })).rows;
    expect(record).toMatchObject({ number: 1, numberAndSymbol: '/SYT-KHTC', docDate: '2023-09', attachmentCount: 1 });
    const detail = await api<IncomingRecord>(app, 'incoming.get', { id: record?.id ?? 0 });
    expect(detail.hasExtraction).toBe(true);
    expect(detail.attachments.map((a) => a.name)).toEqual(['CV-SYT-KHTC-09-2023.docx']);
    const tasks = await api<TaskSummary[]>(app, 'tasks.list', { incomingId: record?.id ?? 0 });
    expect(tasks.map((t) => t.leadUnitName).sort()).toEqual([...leads].sort());

    await page.getByTestId('intake-open').click();
    await page.getByTestId('incoming-detail').getByText('CV-SYT-KHTC-09-2023.docx').waitFor();
    await screenshot(page, 'intake-06-in-register');
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-tasks').click();
    await page.getByTestId('tasks-table').waitFor();
    await page.getByText('3 công việc').waitFor();
    await screenshot(page, 'intake-07-tasks');
    expect(errors).toEqual([]);
  });

  it('reads pasted text with Ctrl+Enter, drops an unwanted task and registers with Ctrl+S', async () => {
    const { page, errors } = await openPage(browser, app.url);
    await page.getByTestId('nav-intake').click();
    await page.getByTestId('intake-paste').fill(SEED_002);
    await page.getByTestId('intake-paste').press('Control+Enter');
    await page.getByTestId('intake-review').waitFor();
    await expect(page.getByTestId('intake-source').textContent()).resolves.toContain('Văn bản dán vào');
    await page.getByTestId('intake-task-2-accept').uncheck();
    await page.getByTestId('intake-subject').press('Control+s');
    await page.getByTestId('intake-done').waitFor();
    const done = await page.getByTestId('intake-done').textContent();
    expect(done).toContain('Đã vào sổ: số đến 2/2023');
    expect(done).toContain('2 công việc');
    const [record] = (await api<IncomingPage>(app, 'incoming.list', { year: 2023 })).rows;
    expect(record).toMatchObject({ number: 2, attachmentCount: 0 });
    const tasks = await api<TaskSummary[]>(app, 'tasks.list', { incomingId: record?.id ?? 0 });
    expect(tasks.map((t) => t.leadUnitName).sort()).toEqual(['Phòng Kế hoạch – Tài chính', 'Văn phòng']);
    await screenshot(page, 'intake-08-pasted-registered');
    expect(errors).toEqual([]);
  });

  it('reads a scanned page through OCR with page progress, and shows the original beside the recognised text', async () => {
    const dir = makeTempDir('vanthu-e2e-scan-');
    await renderPagesToPng([{ html: documentPageHtml(SEED_004, 0), file: join(dir, 'page.png') }]);
    convertImage(join(dir, 'page.png'), join(dir, 'scan.png'), ['-crop', '2481x1400+0+0', '+repage']);
    const png = new Uint8Array(readFileSync(join(dir, 'scan.png')));
    rmSync(dir, { recursive: true, force: true });
    const { page, errors } = await openPage(browser, app.url);
    await page.getByTestId('nav-intake').click();
    await dropFile(page, 'intake-dropzone', 'scan-8161.png', 'image/png', png);
    await page
      .getByTestId('intake-busy')
      .getByText(/Đang nhận dạng trang 1\/1|Đang khởi động bộ nhận dạng chữ/)
      .waitFor({ timeout: 30_000 });
    await screenshot(page, 'intake-09-ocr-progress');
    await page.getByTestId('intake-review').waitFor({ timeout: 90_000 });
    await expect(page.getByTestId('intake-source').textContent()).resolves.toContain('Bản quét');
    await expect(page.getByTestId('intake-numberAndSymbol').inputValue()).resolves.toBe('8161/SYT-KHTC');
    await page.getByText('Độ tin cậy nhận dạng:').waitFor();
    await page.getByTestId('intake-issues').getByText('Một văn bản được viện dẫn với hai ngày khác nhau').waitFor();
    await screenshot(page, 'intake-10-ocr-read');
    await page.getByText('Bản gốc', { exact: true }).click();
    await page.getByRole('img', { name: 'scan-8161.png' }).waitFor();
    await screenshot(page, 'intake-11-ocr-original');
    expect(errors).toEqual([]);
  }, 150_000);
});
