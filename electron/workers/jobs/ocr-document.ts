import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import type { OcrJobParams, OcrResult } from '@shared/ocr/types';
import { z } from 'zod';
import { storedFilePath } from '../../services/files/file-store';
import { ocrFile } from '../../services/intake/ocr/ocr-file';
import { createOcrEngine } from '../../services/intake/ocr/tesseract-engine';
import type { JobContext } from '../../services/jobs/job-protocol';
import { dataPaths } from '../../services/paths';

const paramsSchema = z
  .object({
    path: z.string().min(1).max(4096).optional(),
    fileSha256: z
      .string()
      .regex(/^[a-f0-9]{64}$/)
      .optional(),
    knownNames: z.array(z.string().max(500)).max(50_000).optional(),
    pages: z.array(z.number().int().positive()).max(10_000).optional(),
    dpi: z.number().int().min(200).max(600).optional(),
  })
  .refine((p) => (p.path === undefined) !== (p.fileSha256 === undefined), 'Cần đúng một trong hai: đường dẫn tệp hoặc mã tệp đính kèm.');

/** Files larger than this are not read for OCR (a 100-page 300 dpi scan is well under it). */
const MAX_FILE_BYTES = 500 * 1024 * 1024;

/**
 * OCR of one document in the job's worker thread: one Tesseract engine for all its pages, progress
 * "Đang nhận dạng trang 2/5" per page, cancellation between pages.
 */
export async function ocrDocumentJob(ctx: JobContext<OcrJobParams>): Promise<OcrResult> {
  const parsed = paramsSchema.safeParse(ctx.params);
  if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues[0]?.message ?? 'Tham số nhận dạng chữ không hợp lệ.');
  const params = parsed.data;
  const file = params.fileSha256 ? storedFilePath(dataPaths(ctx.dataDir), params.fileSha256) : resolveInput(ctx.dataDir, params.path ?? '');
  const data = readInput(file);
  ctx.progress(0, 1, 'Đang khởi động bộ nhận dạng chữ');
  const engine = await createOcrEngine();
  try {
    const options = { onProgress: ctx.progress, isCancelled: ctx.isCancelled, knownNames: params.knownNames ?? [] };
    return await ocrFile(engine, data, {
      ...options,
      ...(params.pages ? { pages: params.pages } : {}),
      ...(params.dpi ? { dpi: params.dpi } : {}),
    });
  } finally {
    await engine.terminate();
  }
}

function resolveInput(dataDir: string, path: string): string {
  if (isAbsolute(path)) return path;
  const full = resolve(dataDir, path);
  const inside = relative(resolve(dataDir), full);
  if (inside.startsWith('..') || isAbsolute(inside)) throw new AppError('VALIDATION', 'Đường dẫn tệp nằm ngoài thư mục dữ liệu.');
  return full;
}

function readInput(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new AppError('BAD_FILE', `"${file}" không phải là một tệp.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('NOT_FOUND', `Không tìm thấy tệp "${file}".`);
  }
  if (size > MAX_FILE_BYTES) throw new AppError('TOO_LARGE', 'Tệp lớn hơn 500 MB, không nhận dạng được.');
  return new Uint8Array(readFileSync(file));
}
