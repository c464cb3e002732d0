import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Draft } from '@shared/drafting/draft-schema';
import { AppError } from '@shared/errors';
import { renderDraftDocx } from '../../exports/docx/draft-to-docx';
import { fillOfficeTemplate } from '../../exports/office-template/fill-template';
import { createChromiumPdfRenderer } from '../../exports/pdf/chromium-pdf';
import { renderDraftPdf } from '../../exports/pdf/draft-pdf';
import { draftFromJson } from '../../services/drafting/check-file';
import { stringFlag } from '../args';
import type { CliCommand, CliIo } from '../command';

function formatOf(format: string | undefined, out: string): 'docx' | 'pdf' {
  const value = (format ?? extname(out).slice(1)).toLowerCase();
  if (value === 'docx' || value === 'pdf') return value;
  throw new AppError('VALIDATION', `Định dạng "${value}" không hỗ trợ: dùng --format docx hoặc --format pdf.`);
}

async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch {
    throw new AppError('NOT_FOUND', `Không tìm thấy hoặc không đọc được tệp "${path}".`);
  }
}

async function writeOutput(path: string, bytes: Buffer): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch {
    throw new AppError('BAD_FILE', `Không ghi được tệp "${path}" (thư mục không có hoặc không có quyền ghi).`);
  }
}

async function docxBytes(draft: Draft, template: string | undefined, io: CliIo): Promise<Buffer> {
  if (!template) return renderDraftDocx(draft);
  const filled = fillOfficeTemplate(await readInput(template), draft);
  for (const message of filled.messages) io.err(message);
  return filled.docx;
}

async function pdfBytes(draft: Draft, browser: string | undefined): Promise<Buffer> {
  const renderer = createChromiumPdfRenderer({ executablePath: browser });
  try {
    return await renderDraftPdf(draft, renderer);
  } finally {
    await renderer.close();
  }
}

export const draftExportCommand: CliCommand = {
  words: ['draft', 'export'],
  summary: 'Xuất dự thảo (tệp JSON) ra Word hoặc PDF theo thể thức Phụ lục I',
  usage: 'vanthu draft export FILE.json --format docx|pdf --out PATH [--template MAU.docx] [--browser PATH]',
  async run(args, io) {
    const file = args.positional[0];
    const out = stringFlag(args, 'out');
    if (!file || !out) {
      io.err('Cách dùng: vanthu draft export FILE.json --format docx|pdf --out PATH');
      return 2;
    }
    const format = formatOf(stringFlag(args, 'format'), out);
    const template = stringFlag(args, 'template');
    if (template && format === 'pdf') {
      throw new AppError('VALIDATION', 'Mẫu của cơ quan (--template) chỉ dùng khi xuất Word (--format docx).');
    }
    const draft = draftFromJson((await readInput(file)).toString('utf8'));
    const bytes = format === 'docx' ? await docxBytes(draft, template, io) : await pdfBytes(draft, stringFlag(args, 'browser'));
    await writeOutput(out, bytes);
    io.out(`Đã xuất ${format.toUpperCase()}: ${out}`);
    return 0;
  },
};
