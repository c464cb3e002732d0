import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './helpers/api';
import { type RunningApp, makeDataDir, startApp } from './helpers/app-server';
import { launchBrowser, openPage, screenshot } from './helpers/browser';

const SEEDS = [
  {
    issuer: 'Sở Y tế tỉnh Đồng Nai',
    numberAndSymbol: '/SYT-KHTC',
    docMonth: '09/2023',
    kind: 'Công văn',
    subject:
      'triển khai thực hiện Kết luận số 448-KL/TU ngày 22/8/2023 của Đồng chí Bí thư Tỉnh ủy tại Hội nghị sơ kết hai năm rưỡi thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025',
  },
  {
    issuer: 'UBND tỉnh Lạng Sơn',
    numberAndSymbol: '/TB-UBND',
    docMonth: '10/2024',
    kind: 'Thông báo',
    subject: 'Kết luận của đồng chí Dương Xuân Huyền, Phó Chủ tịch Thường trực UBND tỉnh tại buổi làm việc với Sở Y tế',
  },
  {
    issuer: 'Sở Y tế tỉnh Đồng Nai',
    numberAndSymbol: '8161/SYT-KHTC',
    docDate: '29/09/2021',
    kind: 'Công văn',
    subject: 'triển khai thực hiện Công điện số 6741/CD-VPCP ngày 22/9/2021 của Văn phòng Chính phủ',
  },
] as const;

async function registerByTyping(page: Page, seed: (typeof SEEDS)[number], andNext: boolean) {
  await page.getByTestId('incoming-issuer').fill(seed.issuer);
  await page.getByTestId('incoming-numberAndSymbol').fill(seed.numberAndSymbol);
  if ('docMonth' in seed) {
    await page.getByTestId('incoming-monthOnly').check();
    await page.getByTestId('incoming-docMonth').fill(seed.docMonth);
  } else {
    await page.getByTestId('incoming-docDate').fill(seed.docDate);
  }
  await page.getByTestId('incoming-kind').click();
  await page.getByRole('option', { name: seed.kind, exact: true }).click();
  await page.getByTestId('incoming-subject').fill(seed.subject);
  if (andNext) await page.getByTestId('incoming-subject').press('Control+Enter');
  else await page.getByTestId('incoming-subject').press('Enter');
}

describe('Văn bản đến in Chromium', () => {
  let browser: Browser;
  let app: RunningApp;
  const dataDir = makeDataDir();

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp({ dataDir, args: ['--today', '2024-11-20'] });
    await api(app, 'agency.save', { parentName: 'UBND TỈNH ĐỒNG NAI', name: 'Sở Y tế', abbreviation: 'SYT', place: 'Đồng Nai' });
    await api(app, 'units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('registers the three seed documents by keyboard, numbers them 1–3, edits one and shows its history', async () => {
    const { page, errors, requests } = await openPage(browser, app.url);
    await page.getByTestId('nav-incoming').click();
    await page.getByTestId('register-table').waitFor();
    await page.keyboard.press('Control+n');
    await page.getByTestId('incoming-issuer').waitFor();
    await screenshot(page, 'incoming-01-form-empty');
    await registerByTyping(page, SEEDS[0], true);
    await page.getByText('Đã đăng ký văn bản đến số 1/2024.').waitFor();
    await registerByTyping(page, SEEDS[1], true);
    await page.getByText('Đã đăng ký văn bản đến số 2/2024.').waitFor();
    await registerByTyping(page, SEEDS[2], false);
    await page.getByText('Đã đăng ký văn bản đến số 3/2024.').waitFor();
    await page.getByTestId('incoming-form-modal').waitFor({ state: 'detached' });
    for (const n of [1, 2, 3]) await page.getByTestId(`register-row-${n}`).waitFor();
    await expect(page.getByTestId('register-row-3').textContent()).resolves.toContain('8161/SYT-KHTC');
    await expect(page.getByTestId('register-row-1').textContent()).resolves.toContain('09/2023');
    await screenshot(page, 'incoming-02-register');

    await page.getByTestId('register-row-3').click();
    await page.getByTestId('incoming-detail').waitFor();
    await page.getByTestId('incoming-edit').click();
    await page.getByTestId('incoming-subject').fill('triển khai Công điện số 6741/CD-VPCP về nâng cao hiệu quả phòng, chống dịch COVID-19');
    await page.getByTestId('incoming-save').click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    const history = page.getByTestId('incoming-history');
    await history.getByText('Sửa', { exact: false }).first().waitFor();
    await expect(history.textContent()).resolves.toContain('Trích yếu:');
    await expect(history.textContent()).resolves.toContain('→ triển khai Công điện số 6741/CD-VPCP về nâng cao hiệu quả');
    await screenshot(page, 'incoming-03-detail-history');
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(app.origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);

    await app.stop();
    app = await startApp({ dataDir, args: ['--today', '2024-11-20'] });
    const again = await openPage(browser, app.url);
    await again.page.getByTestId('nav-incoming').click();
    for (const n of [1, 2, 3]) await again.page.getByTestId(`register-row-${n}`).waitFor();
    await expect(again.page.getByTestId('register-row-3').textContent()).resolves.toContain('về nâng cao hiệu quả phòng, chống dịch');
  });

  it('warns about a duplicate and shows the earlier registration', async () => {
    const { page } = await openPage(browser, app.url);
    await page.getByTestId('nav-incoming').click();
    await page.getByTestId('incoming-new').click();
    await page.getByTestId('incoming-issuer').fill('Sở Y tế tỉnh Đồng Nai');
    await page.getByTestId('incoming-numberAndSymbol').fill('8161/SYT-KHTC');
    await page.getByTestId('incoming-docDate').fill('29/09/2021');
    await page.getByTestId('duplicate-alert').waitFor();
    await expect(page.getByTestId('duplicate-alert').textContent()).resolves.toContain('Số đến 3/2024');
    await screenshot(page, 'incoming-04-duplicate');
  });
});
