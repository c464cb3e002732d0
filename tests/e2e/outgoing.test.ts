import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './helpers/api';
import { type RunningApp, startApp } from './helpers/app-server';
import { launchBrowser, openPage, screenshot } from './helpers/browser';

describe('Văn bản đi in Chromium', () => {
  let browser: Browser;
  let app: RunningApp;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp({ args: ['--today', '2024-11-20'] });
    await api(app, 'agency.save', { parentName: 'UBND TỈNH ĐỒNG NAI', name: 'Sở Y tế', abbreviation: 'SYT', place: 'Đồng Nai' });
    await api(app, 'units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('issues a number for a signed công văn and shows it in the sổ văn bản đi', async () => {
    const { page, errors } = await openPage(browser, app.url);
    await page.getByTestId('nav-outgoing').click();
    await page.getByTestId('outgoing-new').click();
    await page.getByTestId('outgoing-unit').click();
    await page.getByRole('option', { name: 'Phòng Kế hoạch – Tài chính' }).click();
    await page.getByTestId('outgoing-subject').fill('báo cáo kết quả triển khai Công điện số 6741/CD-VPCP');
    await page.getByTestId('outgoing-recipients').fill('UBND tỉnh Đồng Nai\nBộ Y tế');
    await page.getByTestId('outgoing-preview').getByText('Số sẽ cấp: 01/SYT-KHTC (Sổ văn bản đi)').waitFor();
    await screenshot(page, 'outgoing-01-issue-form');
    await page.getByTestId('outgoing-issue').click();
    await page.getByTestId('outgoing-detail').waitFor();
    await page.getByTestId('outgoing-row-1').waitFor();
    await expect(page.getByTestId('outgoing-row-1').textContent()).resolves.toContain('01/SYT-KHTC');
    await expect(page.getByTestId('outgoing-row-1').textContent()).resolves.toContain('UBND tỉnh Đồng Nai; Bộ Y tế');
    await screenshot(page, 'outgoing-02-detail');
    expect(errors).toEqual([]);
  });
});
