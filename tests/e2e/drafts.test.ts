import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './helpers/api';
import { type RunningApp, makeDataDir, startApp } from './helpers/app-server';
import { launchBrowser, openPage, screenshot } from './helpers/browser';

describe('Soạn văn bản trả lời, duyệt, cấp số in Chromium', () => {
  let browser: Browser;
  let app: RunningApp;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp({ args: ['--today', '2021-10-05'] });
    await api(app, 'agency.save', { parentName: 'UBND TỈNH ĐỒNG NAI', name: 'Sở Y tế', abbreviation: 'SYT', place: 'Đồng Nai' });
    const unit = await api<{ id: number }>(app, 'units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' });
    await api(app, 'incoming.register', {
      receivedDate: '2021-09-30',
      issuerName: 'Sở Y tế tỉnh Đồng Nai',
      numberAndSymbol: '8161/SYT-KHTC',
      docDate: '2021-09-29',
      kind: 'Công văn',
      subject: 'triển khai thực hiện Công điện số 6741/CD-VPCP ngày 22/9/2021 của Văn phòng Chính phủ',
      recipientUnitId: unit.id,
      tasks: [{ content: 'Báo cáo kết quả triển khai Công điện', leadText: 'Phòng Kế hoạch – Tài chính', deadline: '2021-10-15' }],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('drafts the reply from the incoming document, edits it, has it approved, issues it and downloads Word and PDF', async () => {
    const { page, errors } = await openPage(browser, app.url);
    await page.getByTestId('nav-incoming').click();
    await page.getByTestId('register-row-1').click();
    await page.getByTestId('incoming-reply').click();
    await page.getByTestId('draft-preview').waitFor();
    await page.getByTestId('draft-body').locator('.ProseMirror').click();
    await page.keyboard.press('Control+End');
    await page.getByTestId('draft-signer-name').fill('Phan Huy Anh Vũ');
    await page.getByTestId('draft-status').waitFor();
    await page.getByText(/Đã lưu lúc/).waitFor();
    await screenshot(page, 'drafts-01-editor');
    const previewHtml = await page.getByTestId('draft-preview').getAttribute('srcdoc');
    expect(previewHtml).toContain('Phúc đáp Văn bản số 8161/SYT-KHTC ngày 29/9/2021 của Sở Y tế tỉnh Đồng Nai');
    expect(previewHtml).toContain('Phan Huy Anh Vũ');

    await page.getByTestId('draft-submit').click();
    await page.getByTestId('draft-status').getByText('Chờ duyệt').waitFor();
    await page.getByTestId('draft-approve').click();
    await page.getByTestId('draft-status').getByText('Đã duyệt').waitFor();
    await page.getByTestId('draft-issue').click();
    await page.getByTestId('issue-preview').getByText('01/SYT-KHTC').waitFor();
    await screenshot(page, 'drafts-02-issue');
    await page.getByTestId('issue-confirm').click();
    await page.getByTestId('issued-docx').waitFor({ timeout: 60_000 });
    await page.getByTestId('issued-pdf').waitFor();
    await screenshot(page, 'drafts-03-issued');

    const dir = makeDataDir('vanthu-download-');
    for (const role of ['docx', 'pdf'] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`issued-${role}`).click()]);
      const file = join(dir, `reply.${role}`);
      await download.saveAs(file);
      if (role === 'pdf') {
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        expect(text).toContain('01/SYT-KHTC');
        expect(text).toContain('Đồng Nai, ngày 05 tháng 10 năm 2021');
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          '1',
          '-l',
          '1',
          file,
          join(__dirname, '..', '.tmp', 'screenshots', 'drafts-04-pdf-page'),
        ]);
      } else {
        const xml = new PizZip(readFileSync(file)).file('word/document.xml')?.asText() ?? '';
        expect(xml).toContain('01/SYT-KHTC');
      }
    }
    await page.getByTestId('nav-tasks').click();
    await page.getByTestId('tasks-table').waitFor();
    await page.getByText('Chỉ việc chưa xong').click();
    await page.getByTestId('tasks-table').getByText('Báo cáo kết quả triển khai Công điện').waitFor();
    await page.getByTestId('tasks-table').getByText('Hoàn thành').waitFor();
    expect(errors).toEqual([]);
  });
});
