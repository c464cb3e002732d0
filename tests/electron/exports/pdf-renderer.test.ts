import { AppError } from '@shared/errors';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { browserCandidates, CHROMIUM_ARGS, findBrowser } from '../../../electron/exports/pdf/chromium-pdf';
import { stampPageNumbers } from '../../../electron/exports/pdf/page-numbers';

describe('Chromium renderer set-up', () => {
  it('looks for Chrome and Edge on Windows and Chromium on Linux', () => {
    const windows = browserCandidates('win32', { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\vt\\AppData\\Local' });
    expect(windows.some((p) => p.endsWith('chrome.exe'))).toBe(true);
    expect(windows.some((p) => p.endsWith('msedge.exe'))).toBe(true);
    expect(browserCandidates('linux', {})[0]).toBe('/usr/bin/chromium');
  });

  it('keeps the browser off the network', () => {
    for (const flag of [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ]) {
      expect(CHROMIUM_ARGS).toContain(flag);
    }
  });

  it('explains a missing browser in Vietnamese', () => {
    expect(() => findBrowser('/khong/co/trinh-duyet')).toThrow(AppError);
    expect(() => findBrowser('/khong/co/trinh-duyet')).toThrow('Không tìm thấy trình duyệt để tạo PDF');
  });
});

describe('stampPageNumbers', () => {
  it('numbers pages 2 and up in the top margin and leaves page 1 alone', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3; i++) doc.addPage([595.28, 841.89]);
    const stamped = await PDFDocument.load(await stampPageNumbers(await doc.save()));
    const contents = stamped.getPages().map((p) => p.node.Contents());
    expect(contents[0]).toBeUndefined();
    expect(contents[1]).toBeDefined();
    expect(contents[2]).toBeDefined();
  });

  it('refuses bytes that are not a PDF with a Vietnamese message', async () => {
    await expect(stampPageNumbers(new TextEncoder().encode('không phải pdf'))).rejects.toThrow('Tệp PDF vừa tạo không đọc lại được');
  });
});
