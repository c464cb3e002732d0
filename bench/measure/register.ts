import type { Runtime } from '../../electron/api/runtime';
import { type BenchResult, result } from '../lib/results';
import { timeIt } from '../lib/stats';

const CALL = { transport: 'cli' as const, session: null };

/**
 * Registering one document through the router (validation, permission, numbering, history, audit)
 * against the floor: a raw INSERT with its counter bump in one IMMEDIATE transaction on the same file.
 */
export async function measureRegister(runtime: Runtime, runs: number): Promise<BenchResult> {
  let n = 0;
  // A run on a kept folder (--reuse) registers again: its symbols must not repeat the last run's.
  const stamp = Date.now().toString(36).toUpperCase();
  const api = await timeIt(
    async () => {
      n++;
      const r = await runtime.dispatch(
        'incoming.register',
        {
          receivedDate: '2026-11-20',
          issuerName: 'UBND tỉnh Đồng Nai',
          numberAndSymbol: `${n}/UBND-BENCH${stamp}`,
          docDate: '2026-11-19',
          kind: 'Công văn',
          subject: `Văn bản đo hiệu năng số ${n}`,
        },
        CALL,
      );
      if (!r.ok) throw new Error(r.error.message);
    },
    { runs, warmup: 5 },
  );
  const insert = runtime.db.prepare(
    `INSERT INTO incoming_documents (series_id, year, number, received_date, issuer_name, issuer_folded, number_and_symbol, symbol_folded,
       doc_date, kind, subject, receive_method, created_at, updated_at)
     VALUES (1, 2026, ?, '2026-11-20', 'UBND tỉnh Đồng Nai', 'ubnd tinh dong nai', ?, ?, '2026-11-19', 'Công văn', ?, 'giay', 0, 0)`,
  );
  const bump = runtime.db.prepare(
    `INSERT INTO series_counters (series_id, year, last_number) VALUES (1, 2026, 1)
     ON CONFLICT (series_id, year) DO UPDATE SET last_number = last_number + 1 RETURNING last_number`,
  );
  const raw = runtime.db.transaction((i: number) => {
    const number = (bump.get() as { last_number: number }).last_number;
    insert.run(number, `${i}/RAW${stamp}`, `${i}/raw${stamp.toLowerCase()}`, `Văn bản sàn ${i}`);
  });
  let m = 0;
  const floor = await timeIt(() => raw.immediate(++m), { runs, warmup: 5 });
  return result('register one document (API vs raw INSERT)', 'ms', api, { floor, target: 'p95 ≤ 20 ms', pass: (x) => x.p95 <= 20 });
}
