import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { AppError } from '@shared/errors';
import { renderDraftDocx } from '../../exports/docx/draft-to-docx';
import { fillOfficeTemplate } from '../../exports/office-template/fill-template';
import { createChromiumPdfRenderer } from '../../exports/pdf/chromium-pdf';
import { renderDraftPdf } from '../../exports/pdf/draft-pdf';
import { draftFromJson } from '../../services/drafting/check-file';
import { stringFlag } from '../args';
import type { CliCommand } from '../command';

function formatOf(format: string | undefined, out: string): 'docx' | 'pdf' {
  const value = (format ?? extname(out).slice(1)).toLowerCase();
  if (value === 'docx' || value === 'pdf') return value;
  throw new AppError('VALIDATION', `Định dạng "${value}" không hỗ trợ: dùng --format docx hoặc --format pdf.`);
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
    const draft = draftFromJson(
      await readFile(file, 'utf8').catch(() => {
        throw new AppError('NOT_FOUND', `Không tìm thấy tệp "${file}".`);
      }),
    );
    const template = stringFlag(args, 'template');
    if (format === 'docx') {
      if (template) {
        const filled = fillOfficeTemplate(await readFile(template), draft);
        for (const message of filled.messages) io.err(message);
        await writeFile(out, filled.docx);
      } else {
        await writeFile(out, await renderDraftDocx(draft));
      }
    } else {
      if (template) throw new AppError('VALIDATION', 'Mẫu của cơ quan (--template) chỉ dùng khi xuất Word (--format docx).');
      const renderer = createChromiumPdfRenderer({ executablePath: stringFlag(args, 'browser') });
      try {
        await writeFile(out, await renderDraftPdf(draft, renderer));
      } finally {
        await renderer.close();
      }
    }
    io.out(`Đã xuất ${format.toUpperCase()}: ${out}`);
    return 0;
  },
};
