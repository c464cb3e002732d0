import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportInput, ExportResult } from '@shared/contract/reports';
import { AppError } from '@shared/errors';
import { REGISTER_FILE_STEMS, type RegisterBook } from '@shared/reports/register-book';
import type { Db } from '../../db/connection';
import type { PdfRenderer } from '../../exports/pdf/pdf-renderer';
import { renderRegisterDocx } from '../../exports/registers/register-docx';
import { renderRegisterPdf } from '../../exports/registers/register-pdf';
import { writeRegisterXlsx } from '../../exports/registers/register-xlsx';
import { exportUrl } from '../files/export-files';
import { buildRegisterBook, type RegisterAccess } from './register-book-service';
import { buildHandlingBook, HANDLING_FILE_STEMS } from './handling-book';

export interface ExportWork {
  db: Db;
  exportsDir: string;
  access: RegisterAccess;
  /** Created on first use for a PDF and closed by the caller. */
  pdf: () => PdfRenderer;
  progress?: (done: number, total: number, message?: string) => void;
  isCancelled?: () => boolean;
}

/** The file name an export gets under exports/: ASCII stem, year or period, a random part. */
export function exportFileName(input: ExportInput): string {
  const random = randomBytes(5).toString('hex');
  if (input.target === 'register') {
    return `${REGISTER_FILE_STEMS[input.register.kind]}-${input.register.year}-${random}.${input.format}`;
  }
  return `${HANDLING_FILE_STEMS[input.kind]}-${input.period.from}-${input.period.to}-${random}.${input.format}`;
}

function bookOf(work: ExportWork, input: ExportInput): RegisterBook {
  if (input.target === 'register') return buildRegisterBook(work.db, input.register, work.access);
  return buildHandlingBook(work.db, input.kind, input.period, work.access);
}

async function writeFormat(book: RegisterBook, format: ExportInput['format'], temp: string, work: ExportWork): Promise<number | null> {
  const message = 'Đang tạo tệp';
  if (format === 'xlsx') {
    await writeRegisterXlsx(book, temp, (done) => work.progress?.(done, book.lines.length, message));
    return null;
  }
  if (format === 'docx') {
    work.progress?.(0, 1, message);
    writeFileSync(temp, await renderRegisterDocx(book));
    return null;
  }
  const options = {
    onProgress: (done: number, total: number) =>
      work.progress?.(done, total, done < total ? `Đang in PDF: phần ${done + 1}/${total}` : 'Đã in xong'),
    ...(work.isCancelled ? { isCancelled: work.isCancelled } : {}),
  };
  const rendered = await renderRegisterPdf(book, { renderer: work.pdf }, options);
  writeFileSync(temp, rendered.pdf);
  return rendered.pages;
}

/**
 * Builds the register or report and writes it to exports/<fileName>: under a temporary name
 * first, renamed only when complete, so a cancelled or failed export leaves nothing behind.
 */
export async function writeExport(work: ExportWork, input: ExportInput, fileName: string): Promise<ExportResult> {
  work.progress?.(0, 1, 'Đang đọc sổ');
  const book = bookOf(work, input);
  if (work.isCancelled?.()) throw new AppError('CANCELLED');
  mkdirSync(work.exportsDir, { recursive: true });
  const target = join(work.exportsDir, fileName);
  const temp = `${target}.part`;
  try {
    const pages = await writeFormat(book, input.format, temp, work);
    if (work.isCancelled?.()) throw new AppError('CANCELLED');
    renameSync(temp, target);
    return { fileName, url: exportUrl(fileName), size: statSync(target).size, rows: book.lines.length, pages };
  } finally {
    rmSync(temp, { force: true });
  }
}
