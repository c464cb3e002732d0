import type { Runtime } from '../../electron/api/runtime';
import { type BenchResult, result } from '../lib/results';
import { timeSideBySide } from '../lib/stats';

const CALL = { transport: 'cli' as const, session: null };

/** Trang chủ (counts and first lines) and the overdue/due-soon query, against the raw counting SQL. */
export async function measureHome(runtime: Runtime, runs: number): Promise<BenchResult[]> {
  const today = runtime.ctx.clock.today();
  const rawCounts = runtime.db.prepare(
    `SELECT (SELECT count(*) FROM tasks WHERE status IN ('chua_xu_ly','dang_xu_ly') AND deadline < @today) AS overdue,
            (SELECT count(*) FROM incoming_documents WHERE received_date = @today) AS received,
            (SELECT count(*) FROM incoming_documents INDEXED BY incoming_waiting WHERE cancelled_at IS NULL AND transferred_date IS NULL
               AND recipient_unit_id IS NULL AND recipient_person_id IS NULL) AS waiting`,
  );
  const rawDue = runtime.db.prepare(
    `SELECT id, deadline FROM tasks WHERE status IN ('chua_xu_ly','dang_xu_ly') AND deadline <= date(@today, '+7 days')
     ORDER BY deadline LIMIT 2000`,
  );
  const [home, floorHome] = await timeSideBySide(
    [
      async () => {
        const r = await runtime.dispatch('home.summary', {}, CALL);
        if (!r.ok) throw new Error(r.error.message);
      },
      () => rawCounts.get({ today }),
    ],
    { runs },
  );
  const [due, floorDue] = await timeSideBySide(
    [
      async () => {
        const r = await runtime.dispatch('tasks.due', { within: 7 }, CALL);
        if (!r.ok) throw new Error(r.error.message);
      },
      () => rawDue.all({ today }),
    ],
    { runs },
  );
  return [
    result('Trang chủ counts and lists', 'ms', home, {
      floor: floorHome,
      target: '≤ 100 ms',
      pass: (x) => x.p95 <= 100,
    }),
    result('overdue and due-soon tasks (7 days)', 'ms', due, {
      floor: floorDue,
      target: '≤ 100 ms',
      pass: (x) => x.p95 <= 100,
    }),
  ];
}
