import { readFileSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { hasFlag, stringFlag } from '../args';
import type { CliCommand } from '../command';
import { callApi, openRuntime } from '../runtime-for-cli';

/** Reads one registration (or a list of them) as JSON: the input of incoming.register. */
function readRegistrations(file: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('BAD_FILE', `Không đọc được tệp JSON "${file}": ${error instanceof Error ? error.message : String(error)}`);
  }
  return Array.isArray(parsed) ? parsed : [parsed];
}

export const incomingAddCommand: CliCommand = {
  words: ['incoming', 'add'],
  summary: 'Đăng ký văn bản đến từ tệp JSON (một văn bản hoặc một danh sách)',
  usage: 'vanthu incoming add --json FILE [--confirm-duplicate] [--data-dir DIR]',
  booleanFlags: ['confirm-duplicate'],
  async run(args, io) {
    const file = stringFlag(args, 'json') ?? args.positional[0];
    if (!file) throw new AppError('VALIDATION', 'Thiếu tệp: vanthu incoming add --json FILE');
    const registrations = readRegistrations(file);
    const runtime = await openRuntime(args);
    try {
      const results = [];
      for (const input of registrations) {
        const payload = { ...(input as object), ...(hasFlag(args, 'confirm-duplicate') ? { confirmDuplicate: true } : {}) };
        const record = await callApi(runtime, 'incoming.register', payload as never);
        results.push({ id: record.id, year: record.year, number: record.number, numberAndSymbol: record.numberAndSymbol });
        io.err(`Đã đăng ký: số đến ${record.number}/${record.year} — ${record.numberAndSymbol} ${record.issuerName}`);
      }
      io.out(JSON.stringify(results, null, 2));
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
