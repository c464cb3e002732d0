import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './helpers/api';
import { type RunningApp, startApp } from './helpers/app-server';
import { launchBrowser, openPage, screenshot } from './helpers/browser';

interface SeedTask {
  ref: string | null;
  lead: string | null;
  cooperating: string[];
  summary: string;
  deadline: string | null;
  deadlineText: string | null;
}

const seed = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'seeds', 'seed-003.json'), 'utf8')) as {
  subject: string;
  tasks: SeedTask[];
};

describe('Giao việc in Chromium (seed 003, today 21/10/2024)', () => {
  let browser: Browser;
  let app: RunningApp;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp({ args: ['--today', '2024-10-21'] });
    await api(app, 'agency.save', { name: 'UBND tỉnh Lạng Sơn', abbreviation: 'UBND', place: 'Lạng Sơn' });
    for (const name of [
      'Sở Y tế',
      'Sở Tài nguyên và Môi trường',
      'Ban Quản lý dự án đầu tư xây dựng tỉnh',
      'Sở Tài chính',
      'Sở Kế hoạch và Đầu tư',
    ]) {
      await api(app, 'units.create', { name });
    }
    await api(app, 'incoming.register', {
      receivedDate: '2024-10-15',
      issuerName: 'UBND tỉnh Lạng Sơn',
      numberAndSymbol: '/TB-UBND',
      docDate: '2024-10',
      kind: 'Thông báo',
      subject: seed.subject,
      tasks: seed.tasks.map((t) => ({
        source: 'extracted',
        sourceRef: t.ref,
        content: t.summary,
        leadText: t.lead ?? 'Chưa rõ',
        cooperating: t.cooperating.map((text) => ({ text })),
        deadline: t.deadline,
        deadlineText: t.deadlineText,
      })),
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists the tasks with the deadlines of the document, shows the overdue one on Trang chủ, and completes it', async () => {
    const { page, errors } = await openPage(browser, app.url);
    await page.getByTestId('home-overdue').waitFor();
    await expect(page.getByTestId('home-overdue').textContent()).resolves.toContain('1');
    await expect(page.getByTestId('home-overdue-list').textContent()).resolves.toContain(
      '20/10/2024 · Ban Quản lý dự án đầu tư xây dựng tỉnh',
    );
    await page.getByTestId('nav-badge-tasks').waitFor();
    await screenshot(page, 'tasks-01-home');

    await page.getByTestId('nav-tasks').click();
    await page.getByTestId('tasks-table').waitFor();
    await page.getByText('12 công việc').waitFor();
    const table = await page.getByTestId('tasks-table').textContent();
    for (const date of ['20/10/2024', '31/10/2024', '31/12/2025']) expect(table).toContain(date);
    expect((table?.match(/Không hạn/g) ?? []).length).toBe(9);
    await screenshot(page, 'tasks-02-list');

    await page.getByTestId('tasks-table').getByText('Chủ trì, phối hợp các cơ quan liên quan phân đầu hoàn thành').click();
    await page.getByTestId('task-detail').waitFor();
    await page.getByTestId('task-action-complete').click();
    await page.getByTestId('task-dialog-reason').fill('Đã hoàn thành hệ thống ống khói');
    await page.getByTestId('task-dialog-confirm').click();
    await page.getByTestId('task-detail').getByText('Xong trễ hạn').waitFor();
    await screenshot(page, 'tasks-03-completed');
    await page.keyboard.press('Escape');
    await page.getByTestId('task-detail').waitFor({ state: 'detached' });
    await page.getByTestId('nav-home').click();
    await page.getByTestId('home-overdue').getByText('0').waitFor();
    expect(errors).toEqual([]);
  });
  it('shows the working-day calendar in Cài đặt and takes a day off the office adds', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/cai-dat/ngay-nghi`);
    await page.getByTestId('holidays-table').waitFor();
    const table = page.getByTestId('holidays-table');
    await table.getByText('08/02/2024').waitFor();
    expect(await table.textContent()).toContain('Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)');
    await page.getByTestId('holiday-date').fill('24/12/2024');
    await page.getByTestId('holiday-name').fill('Nghỉ theo quyết định của UBND tỉnh');
    await page.getByTestId('holiday-add').click();
    await table.getByText('Nghỉ theo quyết định của UBND tỉnh').waitFor();
    await screenshot(page, 'tasks-04-holidays');
    expect(errors).toEqual([]);
  });
});
