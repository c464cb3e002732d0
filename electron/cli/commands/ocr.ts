import { readFileSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { knownNamesFromDirectory } from '@shared/ocr/known-names';
import { ocrFile } from '../../services/intake/ocr/ocr-file';
import { createOcrEngine } from '../../services/intake/ocr/tesseract-engine';
import { hasFlag, type ParsedArgs, stringFlag } from '../args';
import type { CliCommand } from '../command';
import { callApi, openRuntime } from '../runtime-for-cli';

const EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'tif', 'tiff'];

function readBytes(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new AppError('NOT_FOUND', `Không đọc được ${what} "${file}".`);
  }
}

/** Names to correct against: --names FILE (one per line) and, with --data-dir, the directory's names. */
export async function cliKnownNames(args: ParsedArgs): Promise<string[]> {
  const names: string[] = [];
  const listFile = stringFlag(args, 'names');
  if (listFile) names.push(...readBytes(listFile, 'tệp danh sách tên').toString('utf8').split(/\r?\n/));
  if (stringFlag(args, 'data-dir')) {
    const runtime = await openRuntime(args);
    try {
      const list = { includeInactive: false, query: null };
      const [agency, units, bodies] = [
        await callApi(runtime, 'agency.get', {}),
        await callApi(runtime, 'units.list', list),
        await callApi(runtime, 'bodies.list', list),
      ];
      names.push(...knownNamesFromDirectory({ agency, units, bodies }));
    } finally {
      await runtime.close();
    }
  }
  return names.map((n) => n.trim()).filter((n) => n !== '');
}

function pagesFlag(args: ParsedArgs): number[] | undefined {
  const value = stringFlag(args, 'pages');
  if (value === undefined) return undefined;
  const pages = value.split(',').map((p) => Number(p.trim()));
  if (pages.some((p) => !Number.isInteger(p) || p < 1)) throw new AppError('VALIDATION', '--pages: danh sách số trang, ví dụ 1,3,4.');
  return pages;
}

export const ocrCommand: CliCommand = {
  words: ['ocr'],
  summary: 'Nhận dạng chữ (OCR) văn bản quét: PDF, PNG, JPEG, TIFF',
  usage: 'vanthu ocr FILE [--json] [--pages 1,2] [--dpi 300] [--names FILE] [--data-dir DIR]',
  booleanFlags: ['json'],
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new AppError('VALIDATION', 'Thiếu tệp: vanthu ocr FILE');
    const extension = file.toLowerCase().split('.').pop() ?? '';
    if (!EXTENSIONS.includes(extension)) throw new AppError('BAD_FILE', 'Chỉ nhận dạng được tệp .pdf, .png, .jpg, .jpeg, .tif, .tiff.');
    const data = new Uint8Array(readBytes(file, 'tệp'));
    const dpiText = stringFlag(args, 'dpi');
    const dpi = dpiText === undefined ? undefined : Number(dpiText);
    if (dpi !== undefined && !(Number.isInteger(dpi) && dpi >= 200 && dpi <= 600))
      throw new AppError('VALIDATION', '--dpi: từ 200 đến 600.');
    const names = await cliKnownNames(args);
    const pages = pagesFlag(args);
    const engine = await createOcrEngine();
    try {
      const result = await ocrFile(engine, data, {
        knownNames: names,
        ...(pages ? { pages } : {}),
        ...(dpi ? { dpi } : {}),
        onProgress: (_done, _total, message) => io.err(message),
      });
      io.out(hasFlag(args, 'json') ? JSON.stringify(result, null, 2) : result.text);
      return 0;
    } finally {
      await engine.terminate();
    }
  },
};
