import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '@shared/errors';
import { extractDocument, type KnownBody } from '@shared/extract';
import { createOcrEngine } from '../../services/intake/ocr/tesseract-engine';
import { ocrFile } from '../../services/intake/ocr/ocr-file';
import { type DocumentSource, READABLE_EXTENSIONS, readDocument } from '../../services/intake/read-document';
import { hasFlag, type ParsedArgs, stringFlag } from '../args';
import type { CliCommand } from '../command';
import { callApi, openRuntime } from '../runtime-for-cli';
import { extractionSummary } from './extract-summary';
import { cliKnownNames } from './ocr';

const SOURCE_LABELS: Record<DocumentSource, string> = {
  text: 'văn bản thuần',
  docx: 'tệp Word',
  'pdf-text': 'lớp chữ của tệp PDF',
  ocr: 'nhận dạng chữ (OCR)',
};

/** With --data-dir, the directory's bodies to resolve the issuer against (not the agency's short name). */
async function knownIssuers(args: ParsedArgs): Promise<KnownBody[]> {
  if (!stringFlag(args, 'data-dir')) return [];
  const runtime = await openRuntime(args);
  try {
    const bodies = await callApi(runtime, 'bodies.list', { includeInactive: false, query: null });
    return bodies.map((b) => ({ name: b.name, ...(b.shortName ? { abbreviation: b.shortName } : {}), aliases: b.aliases }));
  } finally {
    await runtime.close();
  }
}

export const extractCommand: CliCommand = {
  words: ['extract'],
  summary: 'Đọc các trường và công việc của văn bản đến: .txt, .docx, .pdf, ảnh quét',
  usage: 'vanthu extract FILE [--json] [--spans] [--names FILE] [--data-dir DIR]',
  booleanFlags: ['json', 'spans'],
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new AppError('VALIDATION', 'Thiếu tệp: vanthu extract FILE');
    const extension = file.toLowerCase().split('.').pop() ?? '';
    if (!READABLE_EXTENSIONS.includes(extension))
      throw new AppError('BAD_FILE', 'Chỉ đọc được tệp .txt, .docx, .pdf và ảnh .png, .jpg, .jpeg, .tif, .tiff.');
    let data: Uint8Array;
    try {
      data = new Uint8Array(readFileSync(file));
    } catch {
      throw new AppError('NOT_FOUND', `Không đọc được tệp "${file}".`);
    }
    const read = await readDocument(data, basename(file), async (bytes, pages) => {
      const engine = await createOcrEngine();
      try {
        const knownNames = await cliKnownNames(args);
        return await ocrFile(engine, bytes, { knownNames, ...(pages ? { pages } : {}), onProgress: (_d, _t, message) => io.err(message) });
      } finally {
        await engine.terminate();
      }
    });
    const { result, spans } = extractDocument(read.text, { knownIssuers: await knownIssuers(args) });
    if (hasFlag(args, 'json') || hasFlag(args, 'spans')) {
      io.out(JSON.stringify(hasFlag(args, 'spans') ? { ...result, spans } : result, null, 2));
    } else {
      for (const line of extractionSummary(result, SOURCE_LABELS[read.source])) io.out(line);
    }
    return 0;
  },
};
