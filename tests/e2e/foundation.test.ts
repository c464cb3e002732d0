import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ADMIN } from './helpers/api';
import { type RunningApp, makeDataDir, startApp } from './helpers/app-server';
import { launchBrowser, openPage, screenshot } from './helpers/browser';

async function addUnit(page: Page, name: string, abbreviation: string, alias: string) {
  await page.getByTestId('directory-add').click();
  await page.getByTestId('unit-name').fill(name);
  await page.getByTestId('unit-abbreviation').fill(abbreviation);
  await page.getByTestId('unit-aliases').fill(alias);
  await page.getByTestId('unit-aliases').press('Enter');
  await page.getByTestId('unit-submit').click();
  await page.getByTestId('units-table').getByText(name, { exact: true }).waitFor();
}

describe('foundation: first run, directory, restart (browser mode in Chromium)', () => {
  let browser: Browser;
  let app: RunningApp;
  const dataDir = makeDataDir();

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp({ dataDir });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('sets up the agency, adds two units and an external body, and keeps them across a restart', async () => {
    const { page, requests, errors } = await openPage(browser, app.url);
    await page.getByTestId('admin-fullName').fill(E2E_ADMIN.fullName);
    await page.getByTestId('admin-userName').fill(E2E_ADMIN.userName);
    await page.getByTestId('admin-password').fill(E2E_ADMIN.password);
    await page.getByTestId('admin-again').fill(E2E_ADMIN.password);
    await page.getByTestId('admin-submit').click();
    await page.getByTestId('agency-name').waitFor();
    await screenshot(page, 'foundation-01-setup');
    await page.getByTestId('agency-parentName').fill('UBND TỈNH ĐỒNG NAI');
    await page.getByTestId('agency-name').fill('Sở Y tế');
    await page.getByTestId('agency-abbreviation').fill('SYT');
    await page.getByTestId('agency-place').fill('Đồng Nai');
    await page.getByTestId('agency-submit').click();
    await page.getByTestId('nav-directory').waitFor();
    await screenshot(page, 'foundation-02-home');

    await page.getByTestId('nav-directory').click();
    await addUnit(page, 'Phòng Kế hoạch – Tài chính', 'KHTC', 'Phòng KH-TC');
    await addUnit(page, 'Phòng Nghiệp vụ', 'NVY', 'Phòng Nghiệp vụ Y');
    await screenshot(page, 'foundation-03-units');

    await page.getByRole('tab', { name: 'Cơ quan gửi văn bản' }).click();
    await page.getByTestId('directory-add').click();
    await page.getByTestId('body-name').fill('UBND tỉnh Đồng Nai');
    await page.getByTestId('body-aliases').fill('Ủy ban nhân dân tỉnh Đồng Nai');
    await page.getByTestId('body-aliases').press('Enter');
    await page.getByTestId('body-submit').click();
    await page.getByTestId('bodies-table').getByText('UBND tỉnh Đồng Nai', { exact: true }).waitFor();
    await screenshot(page, 'foundation-04-bodies');

    const origin = app.origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);

    await app.stop();
    app = await startApp({ dataDir });
    const second = await openPage(browser, app.url);
    await second.page.getByTestId('nav-directory').click();
    await second.page.getByTestId('units-table').getByText('Phòng Kế hoạch – Tài chính', { exact: true }).waitFor();
    await expect(second.page.getByTestId('units-table').getByText('Phòng Nghiệp vụ', { exact: true }).count()).resolves.toBe(1);
    await second.page.getByRole('tab', { name: 'Cơ quan gửi văn bản' }).click();
    await second.page.getByTestId('bodies-table').getByText('Ủy ban nhân dân tỉnh Đồng Nai').waitFor();
    await second.page.getByRole('tab', { name: 'Cơ quan', exact: true }).click();
    await expect(second.page.getByTestId('agency-name').inputValue()).resolves.toBe('Sở Y tế');
    await screenshot(second.page, 'foundation-05-agency-after-restart');
  });

  it('refuses the API without the launch token and serves no page without it', async () => {
    const response = await fetch(`${app.origin}/api/units.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { ok: boolean; error: { code: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const page = await fetch(`${app.origin}/`);
    expect(page.status).toBe(401);
  });
});
