import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { damageDatabase } from '../helpers/damage';
import { api, E2E_ADMIN } from './helpers/api';
import { type RunningApp, makeDataDir, startApp } from './helpers/app-server';
import { firstScreen, launchBrowser, openPage, screenshot, signInPage } from './helpers/browser';

const CLERK = { fullName: 'Trần Thị Văn Thư', userName: 'vanthu', first: 'tam-thoi-123', own: 'cua-rieng-456' };
const BACKUP_PASSPHRASE = 'cum-tu-sao-luu-2024';

function offOrigin(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

async function openSettingsTab(page: Page, tab: string): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId(`settings-tab-${tab}`).click();
}

describe('accounts, audit trail, backups and recovery in Chromium', () => {
  let browser: Browser;
  let app: RunningApp;
  const dataDir = makeDataDir();
  const backupDir = makeDataDir('vanthu-e2e-usb-');

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp({ dataDir, args: ['--today', '2024-11-20'] });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('first run creates the administrator, who adds a clerk; the clerk must choose a password; the screen locks', async () => {
    const { page, requests, errors } = await openPage(browser, app.url);
    expect(await firstScreen(page)).toBe('setup');
    await screenshot(page, 'security-01-first-run-admin');
    await page.getByTestId('admin-fullName').fill(E2E_ADMIN.fullName);
    await page.getByTestId('admin-userName').fill(E2E_ADMIN.userName);
    await page.getByTestId('admin-password').fill(E2E_ADMIN.password);
    await page.getByTestId('admin-again').fill(E2E_ADMIN.password);
    await page.getByTestId('admin-submit').click();
    await page.getByTestId('agency-name').fill('Sở Y tế');
    await page.getByTestId('agency-abbreviation').fill('SYT');
    await page.getByTestId('agency-place').fill('Đồng Nai');
    await page.getByTestId('agency-parentName').fill('UBND TỈNH ĐỒNG NAI');
    await page.getByTestId('agency-submit').click();
    await page.getByTestId('user-menu').waitFor();

    await openSettingsTab(page, 'tai-khoan');
    await page.getByTestId('users-add').click();
    await page.getByTestId('user-fullName').fill(CLERK.fullName);
    await page.getByTestId('user-userName').fill(CLERK.userName);
    await page.getByTestId('user-password').fill(CLERK.first);
    await page.getByTestId('user-submit').click();
    await page.getByTestId('users-table').getByText(CLERK.fullName).waitFor();
    await page.getByTestId('role-matrix').waitFor();
    await screenshot(page, 'security-02-users');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-logout').click();
    await page.getByTestId('login-userName').waitFor();
    await signInPage(page, CLERK.userName, 'sai-mat-khau');
    await page.getByTestId('login-error').waitFor();
    await expect(page.getByTestId('login-error').textContent()).resolves.toContain('Còn 4 lần thử');
    await screenshot(page, 'security-03-login-wrong-password');
    await signInPage(page, CLERK.userName, CLERK.first);
    await page.getByTestId('password-current').fill(CLERK.first);
    await page.getByTestId('password-new').fill(CLERK.own);
    await page.getByTestId('password-again').fill(CLERK.own);
    await screenshot(page, 'security-04-change-password');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('user-menu').waitFor();
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('settings-tab-tai-khoan').count()).resolves.toBe(0);

    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-lock').click();
    await page.getByTestId('lock-screen').waitFor();
    await screenshot(page, 'security-05-locked');
    await page.getByTestId('unlock-password').fill(CLERK.own);
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('lock-screen').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    expect(offOrigin(requests, app.origin)).toEqual([]);
  });

  it('shows the audit trail with what changed, checks its chain, and exports it', async () => {
    await api(app, 'units.create', { name: 'Phòng Nghiệp vụ' });
    const units = await api<Array<{ id: number }>>(app, 'units.list', {});
    await api(app, 'units.update', { id: units[0]?.id, name: 'Phòng Nghiệp vụ Y', aliases: [] });
    const { page, requests } = await openPage(browser, app.url);
    await openSettingsTab(page, 'nhat-ky');
    const table = page.getByTestId('audit-table');
    await table.getByText('Sửa đơn vị').first().click();
    await page.getByTestId('audit-details').waitFor();
    await expect(page.getByTestId('audit-details').textContent()).resolves.toContain('Phòng Nghiệp vụ Y');
    await page.getByTestId('audit-verify').click();
    await page.getByTestId('audit-verify-result').waitFor();
    await expect(page.getByTestId('audit-verify-result').textContent()).resolves.toContain('nguyên vẹn');
    await screenshot(page, 'security-06-audit');
    await page.getByTestId('audit-export').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('audit-download').click();
    expect((await download).suggestedFilename()).toMatch(/^nhat-ky-he-thong-.*\.xlsx$/);
    expect(offOrigin(requests, app.origin)).toEqual([]);
  });

  it('backs up to a chosen folder with encryption, lists the backup and asks before restoring', async () => {
    const { page, requests } = await openPage(browser, app.url);
    await openSettingsTab(page, 'sao-luu');
    await page.getByTestId('backup-folder').fill(backupDir);
    await page.getByTestId('backup-passphrase').fill(BACKUP_PASSPHRASE);
    await page.getByTestId('backup-passphrase-again').fill(BACKUP_PASSPHRASE);
    await page.getByTestId('backup-save').click();
    await page.getByTestId('backup-current-folder').filter({ hasText: backupDir }).waitFor();
    await page.getByTestId('backup-now').click();
    await page.getByTestId('backup-table').waitFor();
    await page.getByTestId('backup-last').waitFor();
    await screenshot(page, 'security-07-backup');
    await page.getByTestId('backup-restore').first().click();
    await page.getByTestId('restore-confirm').waitFor();
    await screenshot(page, 'security-08-restore-confirm');
    expect(offOrigin(requests, app.origin)).toEqual([]);
  });

  it('opens the recovery screen on a damaged database and brings the data back from the newest good backup', async () => {
    await api(app, 'backup.configure', { folder: backupDir, passphrase: null });
    await api(app, 'backup.create', {});
    await app.stop();
    damageDatabase(`${dataDir}/vanthu.sqlite`);
    app = await startApp({ dataDir, args: ['--today', '2024-11-20'] });
    const { page, requests } = await openPage(browser, app.url);
    expect(await firstScreen(page)).toBe('recovery');
    await page.getByTestId('recovery-candidate').first().waitFor();
    await screenshot(page, 'security-09-recovery');
    await page.getByTestId('recovery-restore').first().click();
    await page.getByTestId('login-userName').waitFor({ timeout: 60_000 });
    await signInPage(page, E2E_ADMIN.userName, E2E_ADMIN.password);
    await page.getByTestId('nav-directory').click();
    await page.getByText('Phòng Nghiệp vụ Y').first().waitFor();
    expect(offOrigin(requests, app.origin)).toEqual([]);
  });
});
