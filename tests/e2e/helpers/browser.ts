import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { E2E_ADMIN } from './api';

/** The screenshots folder the closing notes refer to (git-ignored). */
export const SCREENSHOT_DIR = resolve(__dirname, '..', '..', '.tmp', 'screenshots');

/** Debian's Chromium with every background connection off (TOOLCHAIN.md §2). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The first screen the app settles on after loading. */
export type FirstScreen = 'login' | 'setup' | 'shell' | 'recovery' | 'password';

const FIRST_SCREENS: ReadonlyArray<[FirstScreen, string]> = [
  ['login', 'login-userName'],
  ['setup', 'admin-fullName'],
  ['setup', 'agency-name'],
  ['shell', 'nav-home'],
  ['recovery', 'recovery-screen'],
  ['password', 'password-current'],
];

/** Waits for the app to show its first screen and says which. */
export async function firstScreen(page: Page): Promise<FirstScreen> {
  const selector = FIRST_SCREENS.map(([, id]) => `[data-testid="${id}"]`).join(', ');
  const element = await page.waitForSelector(selector, { timeout: 30_000 });
  const id = await element.getAttribute('data-testid');
  return FIRST_SCREENS.find(([, candidate]) => candidate === id)?.[0] ?? 'shell';
}

/** Types a user name and password into the sign-in screen. */
export async function signInPage(page: Page, userName: string, password: string): Promise<void> {
  await page.getByTestId('login-userName').fill(userName);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/**
 * A page that records every request it makes, so a test can assert the app never leaves its own
 * origin (network silence), and collects console errors. When the app asks for a sign-in, it signs
 * in as `signInAs` (the E2E administrator by default; null leaves the sign-in screen showing).
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: { signInAs?: { userName: string; password: string } | null } = {},
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  const credentials = options.signInAs === undefined ? { userName: E2E_ADMIN.userName, password: E2E_ADMIN.password } : options.signInAs;
  if (credentials && (await firstScreen(page)) === 'login') {
    await signInPage(page, credentials.userName, credentials.password);
    await page.getByTestId('nav-home').waitFor();
  }
  return { page, requests, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', fullPage: false });
  return file;
}
