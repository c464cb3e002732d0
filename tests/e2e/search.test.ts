import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './helpers/api';
import { type RunningApp, startApp } from './helpers/app-server';
import { launchBrowser, openPage, screenshot } from './helpers/browser';

interface Registered {
  id: number;
  number: number;
}

describe('Tìm kiếm in Chromium', () => {
  let browser: Browser;
  let app: RunningApp;
  let target: Registered;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp({ args: ['--today', '2024-11-20'] });
    await api(app, 'agency.save', { parentName: 'UBND TỈNH ĐỒNG NAI', name: 'Sở Y tế', abbreviation: 'SYT', place: 'Đồng Nai' });
    const base = { kind: 'Công văn', signerTitle: 'GIÁM ĐỐC', signerName: 'Phan Huy Anh Vũ', confirmDuplicate: true };
    await api(app, 'incoming.register', {
      ...base,
      receivedDate: '2024-10-02',
      issuerName: 'Ủy ban nhân dân tỉnh Đồng Nai',
      numberAndSymbol: '5120/UBND-KGVX',
      docDate: '2024-10-01',
      subject: 'Về việc tăng cường phòng, chống dịch bệnh sốt xuất huyết',
    });
    target = await api<Registered>(app, 'incoming.register', {
      ...base,
      receivedDate: '2024-11-05',
      issuerName: 'Tỉnh ủy Đồng Nai',
      numberAndSymbol: '448-KL/TU',
      docDate: '2024-11-04',
      kind: 'Kết luận',
      subject: 'Kết luận của Ban Thường vụ Tỉnh ủy về triển khai chuyển đổi số trong lĩnh vực y tế',
      tasks: [{ content: 'Triển khai kết luận 448-KL/TU về chuyển đổi số', leadText: 'Văn phòng Sở' }],
    });
    await api(app, 'incoming.register', {
      ...base,
      receivedDate: '2024-11-12',
      issuerName: 'Sở Y tế tỉnh Đồng Nai',
      numberAndSymbol: '8161/SYT-KHTC',
      docDate: '2024-11-11',
      subject: 'Về việc báo cáo kết quả triển khai bệnh án điện tử',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('finds as you type in the Spotlight (Ctrl+K), marks the words and opens the document', async () => {
    const { page, errors } = await openPage(browser, app.url);
    await page.getByTestId('nav-incoming').click();
    await page.keyboard.press('Control+K');
    const input = page.getByTestId('spotlight-input');
    await input.waitFor();
    await input.pressSequentially('trien khai ket luan 448', { delay: 20 });
    const hit = page.getByTestId(`spotlight-hit-incoming-${target.id}`);
    await hit.waitFor();
    await expect.poll(() => hit.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['triển', 'khai', 'Kết', 'luận', '448']));
    await page.locator('[data-testid^="spotlight-hit-tasks-"]').first().waitFor();
    await screenshot(page, 'search-01-spotlight');
    await hit.click();
    await page.getByTestId('incoming-detail').waitFor();
    await expect(page.getByTestId('incoming-detail').textContent()).resolves.toContain('448-KL/TU');
    expect(page.url()).toContain(`van-ban-den?id=${target.id}`);
    await screenshot(page, 'search-02-opened');
    expect(errors).toEqual([]);
  });

  it('shows grouped results with filter chips on the Tìm kiếm page, and saves the search', async () => {
    const { page, errors } = await openPage(browser, app.url);
    await page.getByTestId('header-search').click();
    await page.getByTestId('spotlight-input').fill('Đồng Nai');
    await page.getByTestId('spotlight-see-all').click();
    await page.getByTestId('search-input').waitFor();
    await page.getByTestId('search-group-incoming').waitFor();
    await expect(page.getByTestId('search-count-incoming').textContent()).resolves.toBe('3');
    await page.getByTestId('search-add-filter').click();
    await page.getByTestId('search-filter-author').click();
    await page.getByTestId('search-filter-value').fill('Tỉnh ủy');
    await page.getByTestId('search-filter-apply').click();
    await page.getByTestId('search-chip-author').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="search-count-incoming"]')?.textContent === '1');
    await expect(page.getByTestId('search-input').inputValue()).resolves.toBe('Đồng Nai tác giả:"Tỉnh ủy"');
    await page.getByTestId('search-save').click();
    await page.getByTestId('search-save-name').fill('Kết luận của Tỉnh ủy');
    await page.getByTestId('search-save-confirm').click();
    await page.getByTestId('saved-search-link').getByText('Kết luận của Tỉnh ủy').waitFor();
    await screenshot(page, 'search-03-page');
    await page.getByTestId('search-input').fill('8161/SYT');
    await page.getByTestId('search-hit-incoming-3').waitFor();
    await screenshot(page, 'search-04-symbol');
    expect(errors).toEqual([]);
  });
});
