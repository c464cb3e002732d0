import type { JobInfo } from '@shared/contract/app';
import { AppError } from '@shared/errors';
import type { OcrJobParams, OcrResult } from '@shared/ocr/types';
import type { JobRunner } from '../../jobs/job-runner';

/** MIME types OCR takes (a PDF with a text layer is better read by text extraction; see inspectPdfTextLayer). */
export const OCR_MIME_TYPES: readonly string[] = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff'];

/** A file to read: a path (absolute or relative to the data folder) or a stored attachment's hash. */
export type OcrFileRef = { path: string; mime?: string | null } | { sha256: string; mime?: string | null };

export interface OcrDocumentOptions {
  /** 1-based pages to read; all when absent. */
  pages?: number[];
  /** PDF render resolution, 200–600 (default 300). */
  dpi?: number;
  /** Called with the job once it starts (its id is what jobs.cancel takes). */
  onStart?: (info: JobInfo) => void;
}

/**
 * Recognises a scanned document in a worker thread (job 'intake.ocr'); progress arrives as
 * 'jobs.progressed' events ("Đang nhận dạng trang 2/5").
 * @throws BAD_FILE, TOO_LARGE, NOT_FOUND, VALIDATION, CANCELLED (all AppError, Vietnamese messages)
 */
export function ocrDocument(
  jobs: JobRunner,
  file: OcrFileRef,
  knownNames: readonly string[],
  options: OcrDocumentOptions = {},
): Promise<OcrResult> {
  if (file.mime && !OCR_MIME_TYPES.includes(file.mime)) {
    return Promise.reject(new AppError('BAD_FILE', 'Chỉ nhận dạng được tệp PDF và ảnh PNG, JPEG, TIFF.'));
  }
  const params: OcrJobParams = {
    ...('path' in file ? { path: file.path } : { fileSha256: file.sha256 }),
    knownNames: [...knownNames],
    ...(options.pages ? { pages: options.pages } : {}),
    ...(options.dpi ? { dpi: options.dpi } : {}),
  };
  return jobs.run<OcrResult>('intake.ocr', params, options.onStart ? { onStart: options.onStart } : {});
}
