import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '@shared/errors';
import { analyseImport, commitImport } from '../../services/reports/import-service';
import { readImportFile } from '../../services/reports/import-reader';
import { hasFlag, stringFlag } from '../args';
import type { CliCommand } from '../command';
import { openRuntime } from '../runtime-for-cli';

const USAGE =
  'vanthu import register TỆP.xlsx|TỆP.csv [--direction den|di] [--series MÃ] [--sheet TÊN] [--header-row N] [--dry-run] [--data-dir THƯ-MỤC]';

export const importRegisterCommand: CliCommand = {
  words: ['import', 'register'],
  summary: 'Nhập sổ đăng ký đang giữ bằng Excel/CSV (giữ số cũ; nhập lại không thêm gì)',
  usage: USAGE,
  booleanFlags: ['dry-run'],
  async run(args, io) {
    const file = args.positional[0];
    if (!file) {
      io.err(`Cách dùng: ${USAGE}`);
      return 2;
    }
    const direction = stringFlag(args, 'direction') ?? 'den';
    if (direction !== 'den' && direction !== 'di')
      throw new AppError('VALIDATION', '--direction: chọn den (văn bản đến) hoặc di (văn bản đi).');
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch {
      throw new AppError('NOT_FOUND', `Không tìm thấy hoặc không đọc được tệp "${file}".`);
    }
    const sheets = await readImportFile(basename(file), data);
    const runtime = await openRuntime(args);
    try {
      const headerRow = stringFlag(args, 'header-row');
      const series = stringFlag(args, 'series');
      const analysis = analyseImport(
        runtime.db,
        { name: basename(file), sheets },
        {
          uploadId: 'cli',
          direction,
          sheet: stringFlag(args, 'sheet') ?? null,
          headerRow: headerRow ? Number(headerRow) : null,
          seriesId: series ? Number(series) : null,
        },
      );
      const { preview } = analysis;
      io.out(`Trang tính "${preview.sheet}", dòng tiêu đề ${preview.headerRow}, sổ "${preview.seriesName}".`);
      io.out(`${preview.counts.ok} dòng hợp lệ, ${preview.counts.error} dòng lỗi, ${preview.counts.imported} dòng đã nhập trước đây.`);
      for (const line of analysis.lines.filter((l) => l.status === 'error')) io.out(`  Dòng ${line.rowNumber}: ${line.errors.join(' ')}`);
      if (hasFlag(args, 'dry-run')) return 0;
      const outcome = commitImport(runtime.db, analysis, null, runtime.ctx.clock.now());
      io.out(`Đã nhập ${outcome.imported} văn bản; bỏ qua ${outcome.skipped.length} dòng.`);
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
