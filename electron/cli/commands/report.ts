import { basename, dirname, extname, resolve } from 'node:path';
import type { ExportInput } from '@shared/contract/reports';
import { AppError } from '@shared/errors';
import { exportInput } from '@shared/schemas/reports-schema';
import { isValidIsoDate, parseDateVi } from '@shared/text/dates';
import { createChromiumPdfRenderer } from '../../exports/pdf/chromium-pdf';
import type { PdfRenderer } from '../../exports/pdf/pdf-renderer';
import { writeExport } from '../../services/reports/export-writer';
import { type ParsedArgs, stringFlag } from '../args';
import type { CliCommand } from '../command';
import { openRuntime } from '../runtime-for-cli';

const REGISTERS = { 'incoming-register': 'incoming', 'outgoing-register': 'outgoing', 'follow-up-register': 'follow-up' } as const;
const REPORTS = ['incoming-handling', 'outgoing-handling'] as const;
const USAGE =
  'vanthu report incoming-register|outgoing-register|follow-up-register|incoming-handling|outgoing-handling ' +
  '--year 2024 | --from 01/01/2024 --to 30/06/2024 --format docx|pdf|xlsx --out TỆP ' +
  '[--series MÃ] [--number-from N] [--number-to N] [--volume 01] [--paper A3] [--browser ĐƯỜNG-DẪN] [--data-dir THƯ-MỤC]';

function dateFlag(args: ParsedArgs, name: string): string | null {
  const value = stringFlag(args, name);
  if (value === undefined) return null;
  const iso = isValidIsoDate(value) ? value : parseDateVi(value);
  if (!iso) throw new AppError('VALIDATION', `--${name}: "${value}" không phải ngày (dd/mm/yyyy).`);
  return iso;
}

function numberFlag(args: ParsedArgs, name: string): number | null {
  const value = stringFlag(args, name);
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw new AppError('VALIDATION', `--${name}: "${value}" không phải số.`);
  return Number(value);
}

/** The export input from the words and flags, checked by the same schema as the API. */
export function reportInput(what: string, args: ParsedArgs, out: string): ExportInput {
  const format = (stringFlag(args, 'format') ?? extname(out).slice(1)).toLowerCase();
  const from = dateFlag(args, 'from');
  const to = dateFlag(args, 'to');
  const year = numberFlag(args, 'year') ?? (from ? Number(from.slice(0, 4)) : null);
  if (year === null) throw new AppError('VALIDATION', 'Cần --year NĂM hoặc --from NGÀY --to NGÀY.');
  const raw =
    what in REGISTERS
      ? {
          target: 'register',
          format,
          register: {
            kind: REGISTERS[what as keyof typeof REGISTERS],
            year,
            seriesId: numberFlag(args, 'series'),
            dateFrom: from,
            dateTo: to,
            numberFrom: numberFlag(args, 'number-from'),
            numberTo: numberFlag(args, 'number-to'),
            volume: stringFlag(args, 'volume') ?? null,
            paper: (stringFlag(args, 'paper') ?? 'A4').toUpperCase(),
          },
        }
      : { target: 'report', format, kind: what, period: { from: from ?? `${year}-01-01`, to: to ?? `${year}-12-31` } };
  const parsed = exportInput.safeParse(raw);
  if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues.map((i) => i.message).join(' '));
  return parsed.data;
}

export const reportCommand: CliCommand = {
  words: ['report'],
  summary: 'In sổ đăng ký (đến, đi, theo dõi giải quyết) hoặc báo cáo Phụ lục VI ra Word, PDF, Excel',
  usage: USAGE,
  async run(args, io) {
    const what = args.positional[0] ?? '';
    const out = stringFlag(args, 'out');
    if (!out || !(what in REGISTERS || (REPORTS as readonly string[]).includes(what))) {
      io.err(`Cách dùng: ${USAGE}`);
      return 2;
    }
    const input = reportInput(what, args, out);
    const runtime = await openRuntime(args);
    let renderer: PdfRenderer | null = null;
    try {
      const target = resolve(out);
      const result = await writeExport(
        {
          db: runtime.db,
          exportsDir: dirname(target),
          access: { today: runtime.ctx.clock.today(), includeSecret: true },
          pdf: () => (renderer ??= createChromiumPdfRenderer({ executablePath: stringFlag(args, 'browser') ?? process.env.CHROMIUM_PATH })),
        },
        input,
        basename(target),
      );
      const pages = result.pages === null ? '' : `, ${result.pages} trang`;
      io.out(`Đã xuất ${input.format.toUpperCase()}: ${target} (${result.rows} dòng${pages})`);
      return 0;
    } finally {
      await (renderer as PdfRenderer | null)?.close();
      await runtime.close();
    }
  },
};
