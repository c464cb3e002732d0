import type { IncomingSummary } from '@shared/contract/incoming';
import { formatDateVi } from '@shared/text/dates';
import { AppError } from '@shared/errors';
import { hasFlag, stringFlag } from '../args';
import type { CliCommand } from '../command';
import { callApi, openRuntime } from '../runtime-for-cli';

export const incomingListCommand: CliCommand = {
  words: ['incoming', 'list'],
  summary: 'In sổ văn bản đến của một năm (mặc định năm nay)',
  usage: 'vanthu incoming list [--year YYYY] [--json] [--data-dir DIR]',
  booleanFlags: ['json'],
  async run(args, io) {
    const yearText = stringFlag(args, 'year') ?? String(new Date().getFullYear());
    const year = Number(yearText);
    if (!Number.isInteger(year)) throw new AppError('VALIDATION', `Năm không hợp lệ: ${yearText}`);
    const runtime = await openRuntime(args);
    try {
      const rows: IncomingSummary[] = [];
      let cursor: string | null = null;
      do {
        const page: { rows: IncomingSummary[]; nextCursor: string | null } = await callApi(runtime, 'incoming.list', {
          year,
          sort: 'number_asc',
          limit: 500,
          cursor,
        });
        rows.push(...page.rows);
        cursor = page.nextCursor;
      } while (cursor);
      if (hasFlag(args, 'json')) {
        io.out(JSON.stringify(rows, null, 2));
      } else {
        io.out(`Sổ văn bản đến năm ${year}: ${rows.length} văn bản`);
        for (const r of rows) {
          io.out(
            `${String(r.number).padStart(5)}  ${formatDateVi(r.receivedDate)}  ${r.numberAndSymbol.padEnd(20)}  ${r.issuerName} — ${r.kind}: ${r.subject}`,
          );
        }
      }
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
