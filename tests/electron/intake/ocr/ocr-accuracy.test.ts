import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { characterAccuracy } from '@shared/ocr/edit-distance';
import type { OcrResult } from '@shared/ocr/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrFile } from '../../../../electron/services/intake/ocr/ocr-file';
import { createOcrEngine, type OcrEngine } from '../../../../electron/services/intake/ocr/tesseract-engine';
import { SEED_004 } from '../../../fixtures/ocr/seed-004-document';
import { degradeLikeScan, documentPageHtml, pageGroundTruth, renderPagesToPng } from '../../../helpers/ocr-pages';
import { makeTempDir } from '../../../helpers/test-runtime';

/**
 * OCR accuracy on pages rendered at test time from seed document 004: a clean 300 dpi page 1 (two-
 * column header + body), its degraded "scan" (grey, rotated 0.8°, noise, blur, ≈ 200 dpi) and page
 * 2 (body + Nơi nhận / signature block). One engine serves every test (≈ 4–5 s per page).
 */

const KNOWN_NAMES = ['UBND tỉnh Đồng Nai', 'Sở Y tế', 'SYT', 'Văn phòng Chính phủ', 'Phòng Nghiệp vụ', 'Phòng Kế hoạch – Tài chính'];

let dir = '';
let engine: OcrEngine;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = makeTempDir('vanthu-ocr-');
  await renderPagesToPng([0, 1].map((i) => ({ html: documentPageHtml(SEED_004, i), file: file(`page-${i + 1}.png`) })));
  degradeLikeScan(file('page-1.png'), file('page-1-scan.png'));
  engine = await createOcrEngine();
}, 120_000);

afterAll(async () => {
  await engine?.terminate();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function read(name: string): Promise<OcrResult> {
  const started = Date.now();
  const result = await ocrFile(engine, new Uint8Array(readFileSync(file(name))), { knownNames: KNOWN_NAMES });
  console.info(`OCR ${name}: ${((Date.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

function lines(result: OcrResult): string[] {
  return result.text.split('\n');
}

/** Every reported position points at what it claims to. */
function expectConsistentOffsets(result: OcrResult): void {
  for (const page of result.pages) {
    for (const line of page.lines) {
      expect(result.text.slice(line.offset, line.offset + line.length)).toBe(line.text);
      for (const word of line.words) expect(result.text.slice(word.offset, word.offset + word.length)).toBe(word.text);
    }
  }
  for (const c of result.corrections) expect(result.text.slice(c.offset, c.offset + c.length)).toBe(c.replacement);
}

describe('OCR of a rendered 300 dpi page', () => {
  it('reads page 1 with ≥ 98 % character accuracy in column order and the header fields exact', async () => {
    const result = await read('page-1.png');
    const accuracy = characterAccuracy(pageGroundTruth(SEED_004, 0), result.text);
    console.info(`page 1 character accuracy ${(accuracy * 100).toFixed(2)} %`);
    expect(accuracy).toBeGreaterThanOrEqual(0.98);
    const text = lines(result);
    for (const field of ['UBND TỈNH ĐỒNG NAI', 'SỞ Y TẾ', 'Số: 8161/SYT-KHTC', 'Đồng Nai, ngày 29 tháng 9 năm 2021'])
      expect(text).toContain(field);
    const at = (line: string) => text.indexOf(line);
    expect(at('UBND TỈNH ĐỒNG NAI')).toBeLessThan(at('Số: 8161/SYT-KHTC'));
    expect(at('Số: 8161/SYT-KHTC')).toBeLessThan(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeLessThan(at('Đồng Nai, ngày 29 tháng 9 năm 2021'));
    expect(at('Đồng Nai, ngày 29 tháng 9 năm 2021')).toBeLessThan(at('Kính gửi:'));
    const [page] = result.pages;
    expect(page).toMatchObject({ number: 1, rotation: 0, skewDegrees: 0, dpi: 300 });
    expect(page?.lines.find((l) => l.text === 'SỞ Y TẾ')?.region).toBe('header-left');
    expect(page?.lines.find((l) => l.text.startsWith('Đồng Nai, ngày'))?.region).toBe('header-right');
    expectConsistentOffsets(result);
  });

  it('still gets the header fields of a degraded, rotated scan right', async () => {
    const result = await read('page-1-scan.png');
    const text = lines(result);
    for (const field of ['SỞ Y TẾ', 'Số: 8161/SYT-KHTC', 'Đồng Nai, ngày 29 tháng 9 năm 2021']) expect(text).toContain(field);
    expect(text.indexOf('Số: 8161/SYT-KHTC')).toBeLessThan(text.indexOf('Đồng Nai, ngày 29 tháng 9 năm 2021'));
    expect(result.pages[0]?.skewDegrees).toBeCloseTo(0.8, 0);
    expect(characterAccuracy(pageGroundTruth(SEED_004, 0), result.text)).toBeGreaterThanOrEqual(0.97);
    expectConsistentOffsets(result);
  });

  it('reads page 2 with the distribution list before the signature block', async () => {
    const result = await read('page-2.png');
    expect(characterAccuracy(pageGroundTruth(SEED_004, 1), result.text)).toBeGreaterThanOrEqual(0.98);
    const text = lines(result);
    const order = ['Nơi nhận:', '- Như trên;', '- Lưu: VT, KHTC.', 'GIÁM ĐỐC', 'Phan Huy Anh Vũ'].map((l) => text.indexOf(l));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const page = result.pages[0];
    expect(page?.lines.find((l) => l.text === 'Phan Huy Anh Vũ')?.region).toBe('footer-right');
    expect(page?.lines.find((l) => l.text === '- Như trên;')?.region).toBe('footer-left');
    expectConsistentOffsets(result);
  });
});
