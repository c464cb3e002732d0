import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { extractDocument } from '@shared/extract';
import type { OcrResult } from '@shared/ocr/types';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { browserCandidates, createChromiumPdfRenderer } from '../../../electron/exports/pdf/chromium-pdf';
import { readDocument } from '../../../electron/services/intake/read-document';
import { seedDocx, seedHtml } from '../../helpers/seed-documents';

/** Reading dropped files into the text the extractor takes: .txt in its encodings, .docx, text-layer PDF, damaged files. */

const seedText = (n: string) => readFileSync(new URL(`../../fixtures/seeds/seed-${n}.txt`, import.meta.url), 'utf8');
const seedJson = (n: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/seeds/seed-${n}.json`, import.meta.url), 'utf8')) as unknown;
const SEED_002 = seedText('002');
const SEEDS = ['002', '003', '004'];
const browser = browserCandidates().find((p) => existsSync(p));

/** Words of a text, without Markdown marks, for comparing what was read with what was written. */
const words = (text: string) => text.replace(/\*/g, '').split(/\s+/).filter(Boolean);
/** Its non-empty lines, whitespace collapsed: each line of the seed is a paragraph of the DOCX/PDF. */
const lines = (text: string) =>
  text
    .replace(/\*/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

async function badFile(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('readDocument: text files', () => {
  const sample = 'Kính gửi: Sở Y tế tỉnh Đồng Nai\r\nV/v triển khai thực hiện';
  const expected = 'Kính gửi: Sở Y tế tỉnh Đồng Nai\nV/v triển khai thực hiện';

  it('reads UTF-8 with or without a BOM, as NFC with \\n line ends', async () => {
    const utf8 = new TextEncoder().encode(sample);
    expect(await readDocument(utf8, 'a.txt')).toEqual({ text: expected, source: 'text' });
    expect((await readDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'a.txt')).text).toBe(expected);
    const decomposed = new TextEncoder().encode(sample.normalize('NFD'));
    expect((await readDocument(decomposed, 'a.txt')).text).toBe(expected);
  });

  it('reads UTF-16 (Notepad "Unicode") with and without a BOM, and Windows-1258', async () => {
    const le = Buffer.from(sample, 'utf16le');
    expect((await readDocument(new Uint8Array([0xff, 0xfe, ...le]), 'a.txt')).text).toBe(expected);
    expect((await readDocument(new Uint8Array(le), 'a.txt')).text).toBe(expected);
    // "Sở Y tế" in Windows-1258: S, o + hook (0xD2 combining), space, Y, space, t, ê (0xEA) + acute (0xEC).
    const cp1258 = new Uint8Array([0x53, 0xf5, 0xd2, 0x20, 0x59, 0x20, 0x74, 0xea, 0xec]);
    expect((await readDocument(cp1258, 'a.txt')).text).toBe('Sở Y tế');
  });

  it('refuses an empty file and a file type it cannot read, in Vietnamese', async () => {
    expect((await badFile(readDocument(new Uint8Array(), 'a.txt'))).message).toBe('Tệp rỗng, không có nội dung để đọc.');
    const unknown = await badFile(readDocument(new Uint8Array([1, 2, 3, 4]), 'bang.xlsx'));
    expect(unknown.code).toBe('BAD_FILE');
    expect(unknown.message).toContain('chỉ nhận .txt, .docx, .pdf');
  });
});

describe('readDocument: Word files', () => {
  it('reads seed 002 as a .docx: the same words, one paragraph per block, the signer on two lines', async () => {
    const read = await readDocument(await seedDocx(SEED_002), 'cv.docx');
    expect(read.source).toBe('docx');
    expect(words(read.text)).toEqual(words(SEED_002));
    expect(lines(read.text)).toEqual(lines(SEED_002));
    expect(read.text).toContain('\n\nKính gửi:\n\n- Văn phòng, các phòng chuyên môn, Thanh tra Sở Y tế;\n\n');
    expect(read.text).toContain('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC');
    expect(extractDocument(read.text).result).toEqual(extractDocument(SEED_002).result);
  });

  it('gives each seed as a .docx exactly the JSON of its text (the ground truth)', async () => {
    for (const n of SEEDS) {
      const read = await readDocument(await seedDocx(seedText(n)), `seed-${n}.docx`);
      expect(extractDocument(read.text).result).toEqual(seedJson(n));
    }
  });

  it('gives a clear message for a damaged .docx and for an old .doc, changing nothing', async () => {
    const docx = await seedDocx(SEED_002);
    const damaged = docx.slice(0, Math.floor(docx.length / 2));
    const error = await badFile(readDocument(damaged, 'hong.docx'));
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toBe('Tệp Word (.docx) bị hỏng hoặc không đúng định dạng, không đọc được.');
    const notZip = await badFile(readDocument(new TextEncoder().encode('xin chào'), 'gia.docx'));
    expect(notZip.message).toContain('không phải là tài liệu Word .docx');
    const oldDoc = await badFile(readDocument(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'cu.doc'));
    expect(oldDoc.message).toContain('.doc cũ');
  });
});

describe.skipIf(!browser)('readDocument: PDF with a text layer', () => {
  const renderer = browser ? createChromiumPdfRenderer({ executablePath: browser }) : null;
  afterAll(async () => {
    await renderer?.close();
  });

  it('reads seed 002 printed by Chromium: the same words, paragraphs rebuilt, wrapped lines joined', async () => {
    if (!renderer) throw new Error('no renderer');
    const pdf = new Uint8Array(await renderer.htmlToPdf(seedHtml(SEED_002)));
    let ocrCalls = 0;
    const read = await readDocument(pdf, 'cv.pdf', async () => {
      ocrCalls++;
      throw new Error('a text-layer PDF must not go to OCR');
    });
    expect(ocrCalls).toBe(0);
    expect(read.source).toBe('pdf-text');
    expect(read.pages).toBe(2);
    expect(words(read.text)).toEqual(words(SEED_002));
    expect(lines(read.text)).toEqual(lines(SEED_002));
    expect(read.text).toContain('\n\nKính gửi:\n\n');
    expect(extractDocument(read.text).result).toEqual(extractDocument(SEED_002).result);
  });

  it('gives each seed as a text-layer PDF exactly the JSON of its text (the ground truth)', async () => {
    if (!renderer) throw new Error('no renderer');
    for (const n of SEEDS) {
      const read = await readDocument(new Uint8Array(await renderer.htmlToPdf(seedHtml(seedText(n)))), `seed-${n}.pdf`);
      expect(read.source).toBe('pdf-text');
      expect(extractDocument(read.text).result).toEqual(seedJson(n));
    }
  });

  it('sends only the scanned pages of a mixed PDF to OCR and puts their text back in page order', async () => {
    if (!renderer) throw new Error('no renderer');
    const printed = await PDFDocument.load(await renderer.htmlToPdf(seedHtml(SEED_002)));
    const mixed = await PDFDocument.create();
    const [first] = await mixed.copyPages(printed, [0]);
    if (first) mixed.addPage(first);
    mixed.addPage([595, 842]);
    const ocrText = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KHTC.';
    const asked: Array<number[] | undefined> = [];
    const read = await readDocument(await mixed.save(), 'mixed.pdf', async (_data, pages) => {
      asked.push(pages);
      const line = {
        text: '- Lưu: VT, KHTC.',
        confidence: 55,
        region: 'body' as const,
        offset: ocrText.indexOf('- Lưu'),
        length: 16,
        box: { x0: 0, y0: 0, x1: 1, y1: 1 },
        words: [],
      };
      const result: OcrResult = {
        text: ocrText,
        pages: [
          {
            number: 2,
            confidence: 80,
            rotation: 0,
            skewDegrees: 0,
            width: 1,
            height: 1,
            dpi: 300,
            offset: 0,
            length: ocrText.length,
            lines: [line],
            lowConfidenceLines: [line],
          },
        ],
        corrections: [],
        durationMs: 1,
      };
      return result;
    });
    expect(asked).toEqual([[2]]);
    expect(read.source).toBe('ocr');
    expect(read.pages).toBe(2);
    expect(read.text.startsWith('Số: /SYT-KHTC')).toBe(true);
    expect(read.text.endsWith(`\n\n${ocrText}`)).toBe(true);
    const [doubt] = read.lowConfidence ?? [];
    expect(read.text.slice(doubt?.start, doubt?.end)).toBe('- Lưu: VT, KHTC.');
  });

  it('gives a clear message for a damaged PDF', async () => {
    if (!renderer) throw new Error('no renderer');
    const pdf = new Uint8Array(await renderer.htmlToPdf(seedHtml(SEED_002)));
    const damaged = pdf.slice(0, 400);
    const error = await badFile(readDocument(damaged, 'hong.pdf'));
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toBe('Tệp PDF bị hỏng hoặc không đúng định dạng, không đọc được.');
    const fake = await badFile(readDocument(new TextEncoder().encode('không phải PDF'), 'gia.pdf'));
    expect(fake.message).toBe('Tệp PDF bị hỏng hoặc không đúng định dạng, không đọc được.');
  });
});
