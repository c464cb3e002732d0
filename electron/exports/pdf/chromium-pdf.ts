import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import type { Browser } from 'playwright-core';
import type { HtmlToPdfOptions, PdfRenderer } from './pdf-renderer';
import { loadPlaywright } from '../../services/lazy-libraries';

/** Chromium flags that keep it off the network and quiet (TOOLCHAIN §2). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-extensions',
  '--disable-default-apps',
];

export interface ChromiumPdfOptions {
  /** The browser binary; default: /usr/bin/chromium on Linux, an installed Chrome or Edge on Windows and macOS. */
  executablePath?: string;
}

/** Where a Chromium-family browser is usually installed on this platform, most likely first. */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'];
}

export function findBrowser(explicit?: string): string {
  if (explicit) {
    if (!existsSync(explicit)) throw new AppError('NOT_SUPPORTED', `Không tìm thấy trình duyệt để tạo PDF tại "${explicit}".`);
    return explicit;
  }
  const found = browserCandidates().find((path) => existsSync(path));
  if (!found) {
    throw new AppError(
      'NOT_SUPPORTED',
      'Không tìm thấy Chrome, Edge hoặc Chromium trên máy để tạo tệp PDF. Hãy cài một trình duyệt này hoặc xuất tệp Word.',
    );
  }
  return found;
}

/**
 * A PdfRenderer on a headless Chromium launched on first use and kept for later calls. Pages are
 * opened with JavaScript disabled and every network request aborted: the HTML must be self-contained.
 */
export function createChromiumPdfRenderer(options: ChromiumPdfOptions = {}): PdfRenderer {
  let browser: Promise<Browser> | null = null;
  const executablePath = findBrowser(options.executablePath);

  function ensureBrowser(): Promise<Browser> {
    browser ??= loadPlaywright().then(({ chromium }) => chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] }));
    return browser;
  }

  return {
    async htmlToPdf(html: string, pdfOptions: HtmlToPdfOptions = {}): Promise<Buffer> {
      const timeout = pdfOptions.timeoutMs ?? 30_000;
      const context = await (await ensureBrowser()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        page.setDefaultTimeout(timeout);
        await page.setContent(html, { waitUntil: 'load', timeout });
        return await withTimeout(page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: pdfOptions.tagged ?? true }), timeout);
      } finally {
        await context.close();
      }
    },
    async close(): Promise<void> {
      const current = browser;
      browser = null;
      if (current) await (await current).close();
    },
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AppError('INTERNAL', `Tạo PDF quá ${Math.round(ms / 1000)} giây, đã dừng.`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
