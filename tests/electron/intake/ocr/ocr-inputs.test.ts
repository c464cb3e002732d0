import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JobInfo } from '@shared/contract/app';
import { AppError } from '@shared/errors';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli';
import { parseArgs } from '../../../../electron/cli/args';
import { cliKnownNames } from '../../../../electron/cli/commands/ocr';
import { createEventBus } from '../../../../electron/services/events';
import { ocrFile } from '../../../../electron/services/intake/ocr/ocr-file';
import { ocrDocument } from '../../../../electron/services/intake/ocr/ocr-service';
import { inspectPdfTextLayer, pdfHasTextLayer } from '../../../../electron/services/intake/ocr/pdf-pages';
import { createOcrEngine, type OcrEngine } from '../../../../electron/services/intake/ocr/tesseract-engine';
import { createJobRunner } from '../../../../electron/services/jobs/job-runner';
import { SEED_004 } from '../../../fixtures/ocr/seed-004-document';
import { convertImage, documentPageHtml, renderPagesToPng } from '../../../helpers/ocr-pages';
import { createTestRuntime, DONG_NAI_AGENCY, makeTempDir } from '../../../helpers/test-runtime';

/**
 * Every input OCR takes (scanned PDF, PNG, JPEG with EXIF orientation, multi-page Group 4 TIFF,
 * JPEG-compressed TIFF, a page on its side), the job with progress and cancellation, the CLI, and
 * damaged files. Pages are the header band of seed 004 (≈ 1 s of OCR each) to keep the file fast.
 */

const NUMBER_LINE = 'Số: 8161/SYT-KHTC';
const DATE_LINE = 'Đồng Nai, ngày 29 tháng 9 năm 2021';
const NAMES = ['Sở Y tế', 'SYT', 'UBND tỉnh Đồng Nai'];

let dir = '';
let engine: OcrEngine;
const file = (name: string) => join(dir, name);
const bytes = (name: string) => new Uint8Array(readFileSync(file(name)));

/** A PDF whose pages are the given PNGs drawn full-page: a scan without a text layer. */
async function scannedPdf(pngs: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (const png of pngs) {
    const image = await pdf.embedPng(readFileSync(png));
    const width = 595.28;
    const height = (width * image.height) / image.width;
    pdf.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  }
  return pdf.save();
}

/** The JPEG with an EXIF APP1 segment whose Orientation tag is `value`. */
function withExifOrientation(jpeg: Uint8Array, value: number): Uint8Array {
  const tiff = [0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, value, 0, 0, 0, 0, 0, 0, 0];
  const payload = [...new TextEncoder().encode('Exif'), 0, 0, ...tiff];
  const length = payload.length + 2;
  return new Uint8Array([...jpeg.subarray(0, 2), 0xff, 0xe1, length >> 8, length & 255, ...payload, ...jpeg.subarray(2)]);
}

beforeAll(async () => {
  dir = makeTempDir('vanthu-ocr-inputs-');
  await renderPagesToPng([{ html: documentPageHtml(SEED_004, 0), file: file('page.png') }]);
  convertImage(file('page.png'), file('header.png'), ['-crop', '2481x790+0+0', '+repage']);
  convertImage(file('header.png'), file('header-side.png'), ['-rotate', '90']);
  convertImage(file('header.png'), file('header-turned.jpg'), ['-rotate', '-90', '-quality', '90']);
  writeFileSync(file('header-exif.jpg'), withExifOrientation(bytes('header-turned.jpg'), 6));
  convertImage(file('header.png'), file('header-g4.tif'), [
    '-colorspace',
    'Gray',
    file('header.png'),
    '-monochrome',
    '-compress',
    'Group4',
  ]);
  convertImage(file('header.png'), file('header-jpeg.tif'), ['-colorspace', 'Gray', '-compress', 'JPEG']);
  writeFileSync(file('scan.pdf'), await scannedPdf([file('header.png'), file('header.png')]));
  engine = await createOcrEngine();
}, 120_000);

afterAll(async () => {
  await engine?.terminate();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function expectHeader(text: string): void {
  const lines = text.split('\n');
  expect(lines).toContain(NUMBER_LINE);
  expect(lines).toContain(DATE_LINE);
  expect(lines.indexOf(NUMBER_LINE)).toBeLessThan(lines.indexOf(DATE_LINE));
}

describe('OCR inputs', () => {
  it('sends a scanned PDF (no text layer) through OCR, page by page', async () => {
    expect(await pdfHasTextLayer(bytes('scan.pdf'))).toBe(false);
    const progress: string[] = [];
    const result = await ocrFile(engine, bytes('scan.pdf'), { knownNames: NAMES, onProgress: (_d, _t, message) => progress.push(message) });
    expect(result.pages.map((p) => [p.number, p.dpi])).toEqual([
      [1, 300],
      [2, 300],
    ]);
    expect(progress).toEqual(['Đang nhận dạng trang 1/2', 'Đang nhận dạng trang 2/2', 'Đã nhận dạng xong']);
    expectHeader(result.text.slice(result.pages[1]?.offset, (result.pages[1]?.offset ?? 0) + (result.pages[1]?.length ?? 0)));
  });

  it('tells a PDF with a real text layer apart, page by page', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.TimesRoman);
    pdf.addPage().drawText('So: 8161/SYT-KHTC - Dong Nai, ngay 29 thang 9 nam 2021', { x: 50, y: 700, size: 12, font });
    const image = await pdf.embedPng(readFileSync(file('header.png')));
    pdf.addPage().drawImage(image, { x: 0, y: 500, width: 595, height: 206 });
    const inspection = await inspectPdfTextLayer(await pdf.save());
    expect(inspection.pageCount).toBe(2);
    expect(inspection.pages.map((p) => p.hasTextLayer)).toEqual([true, false]);
  });

  it('turns a JPEG upright by its EXIF orientation', async () => {
    const result = await ocrFile(engine, bytes('header-exif.jpg'), { knownNames: NAMES });
    expect(result.pages[0]?.rotation).toBe(0);
    expectHeader(result.text);
  });

  it('turns a page lying on its side', async () => {
    const result = await ocrFile(engine, bytes('header-side.png'), { knownNames: NAMES });
    expect(result.pages[0]?.rotation).toBe(270);
    expectHeader(result.text);
  });

  it('reads every page of a Group 4 TIFF and a JPEG-compressed TIFF', async () => {
    const g4 = await ocrFile(engine, bytes('header-g4.tif'), { knownNames: NAMES, pages: [2] });
    expect(g4.pages.map((p) => p.number)).toEqual([2]);
    expectHeader(g4.text);
    expectHeader((await ocrFile(engine, bytes('header-jpeg.tif'), { knownNames: NAMES })).text);
    await expect(ocrFile(engine, bytes('header-g4.tif'), { pages: [3] })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('refuses damaged and unsupported files with a Vietnamese BAD_FILE, never a crash or a hang', async () => {
    const png = bytes('header.png');
    const pdf = bytes('scan.pdf');
    const cases: Array<[string, Uint8Array]> = [
      ['empty', new Uint8Array()],
      ['random bytes', new Uint8Array(4096).map((_, i) => (i * 7919) % 251)],
      ['PDF header then garbage', new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...new Uint8Array(3000).fill(0x41)])],
      ['truncated PDF', pdf.subarray(0, 2000)],
      ['truncated PNG', png.subarray(0, 20_000)],
      ['TIFF with a broken page directory', new Uint8Array([0x49, 0x49, 0x2a, 0, 0xf0, 0xff, 0, 0, 1, 2, 3, 4])],
      ['DOCX', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])],
    ];
    for (const [label, data] of cases) {
      const error = await ocrFile(engine, data).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, label).toBeInstanceOf(AppError);
      expect((error as AppError).code, label).toBe('BAD_FILE');
      expect((error as AppError).message, label).toMatch(/^(Tệp|Ảnh|Chỉ)/);
    }
  });
});

describe('OCR job and command line', () => {
  it('runs as the intake.ocr job with per-page progress, and can be cancelled between pages', async () => {
    const events = createEventBus();
    const runner = createJobRunner({ dataDir: dir, events });
    const seen: JobInfo[] = [];
    events.subscribe((event, payload) => {
      if (event === 'jobs.progressed') seen.push(payload as JobInfo);
    });
    const result = await ocrDocument(runner, { path: 'scan.pdf', mime: 'application/pdf' }, NAMES, { pages: [1] });
    expectHeader(result.text);
    expect(seen.map((s) => s.message)).toContain('Đang nhận dạng trang 1/1');
    expect(seen.at(-1)).toMatchObject({ kind: 'intake.ocr', state: 'done' });

    let id = '';
    const firstPage = new Promise<void>((resolve) => {
      events.subscribe((_event, payload) => {
        if ((payload as JobInfo).message === 'Đang nhận dạng trang 1/2') resolve();
      });
    });
    const running = ocrDocument(runner, { path: file('scan.pdf') }, NAMES, { onStart: (info) => (id = info.id) });
    await firstPage;
    runner.cancel(id);
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(ocrDocument(runner, { path: 'a.docx', mime: 'application/msword' }, [])).rejects.toMatchObject({ code: 'BAD_FILE' });
    await expect(ocrDocument(runner, { path: '../outside.pdf' }, [])).rejects.toMatchObject({ code: 'VALIDATION' });
    await runner.closeAll();
  });

  it('prints the text, or JSON with confidences and corrections, using the directory of --data-dir', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    writeFileSync(file('names.txt'), 'Văn phòng Chính phủ\n');
    const rt = createTestRuntime();
    await rt.call('agency.save', DONG_NAI_AGENCY);
    await rt.close();
    const args = ['ocr', file('header.png'), '--json', '--names', file('names.txt'), '--data-dir', rt.dataDir];
    const names = await cliKnownNames(parseArgs(args.slice(2), new Set(['json'])));
    expect(names).toEqual(['Văn phòng Chính phủ', 'Sở Y tế', 'UBND TỈNH ĐỒNG NAI', 'SYT']);
    expect(await runCli(args, io)).toBe(0);
    rmSync(rt.dataDir, { recursive: true, force: true });
    const result = JSON.parse(out.join('\n')) as { text: string; pages: Array<{ confidence: number }> };
    expectHeader(result.text);
    expect(result.pages[0]?.confidence).toBeGreaterThan(80);
    expect(err).toContain('Đang nhận dạng trang 1/1');
    expect(await runCli(['ocr', file('names.txt')], io)).toBe(2);
    expect(err.at(-1)).toBe('Chỉ nhận dạng được tệp .pdf, .png, .jpg, .jpeg, .tif, .tiff.');
  });
});
