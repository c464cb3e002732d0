import type { IncomingPage } from '@shared/contract/incoming';
import type { Runtime } from '../../electron/api/runtime';
import { type BenchResult, result } from '../lib/results';
import { timeSideBySide } from '../lib/stats';

const CALL = { transport: 'cli' as const, session: null };

/** Opening the register: the first page and a page deep in the year, against a raw keyset SELECT. */
export async function measureRegisterPages(runtime: Runtime, year: number, runs: number): Promise<BenchResult[]> {
  const list = async (cursor: string | null) => {
    const r = await runtime.dispatch('incoming.list', { year, limit: 100, cursor }, CALL);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as IncomingPage;
  };
  const total = (await list(null)).total;
  const middle = runtime.db
    .prepare<[number, number], { number: number; id: number }>(
      'SELECT number, id FROM incoming_documents WHERE year = ? ORDER BY number DESC, id DESC LIMIT 1 OFFSET ?',
    )
    .get(year, Math.floor(total / 2));
  const deepCursor = middle ? Buffer.from(JSON.stringify([middle.number, middle.id])).toString('base64url') : null;
  const raw = runtime.db.prepare(
    `SELECT id, number, received_date, issuer_name, number_and_symbol, doc_date, kind, subject FROM incoming_documents
     WHERE year = ? AND (number, id) < (?, ?) ORDER BY number DESC, id DESC LIMIT 100`,
  );
  const [first, floorFirst] = await timeSideBySide(
    [() => list(null), () => raw.all(year, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)],
    { runs },
  );
  const [deep, floorDeep] = await timeSideBySide([() => list(deepCursor), () => raw.all(year, middle?.number ?? 0, middle?.id ?? 0)], {
    runs,
  });
  const note = `${total.toLocaleString('en-US')} documents in ${year}; the API also counts the year's rows and resolves unit names`;
  return [
    result('register: first page of the year', 'ms', first, { floor: floorFirst, target: '≤ 50 ms', pass: (x) => x.p95 <= 50, note }),
    result('register: a page in the middle of the year', 'ms', deep, {
      floor: floorDeep,
      target: '≤ 50 ms',
      pass: (x) => x.p95 <= 50,
      note,
    }),
  ];
}
