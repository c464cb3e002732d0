import type { Db } from '../connection';

/**
 * Trang chủ's load per unit counts every open task by lead unit. This partial index holds what that
 * count reads (unit, the lead as written, deadline, document), so it is read from the index alone,
 * in unit order, instead of visiting every open task's row: the open tasks of a few years of
 * stragglers at 1,000,000 documents are about a hundred thousand.
 */
export default function migrate0010(db: Db): void {
  db.exec(
    `CREATE INDEX tasks_open_by_unit ON tasks (lead_unit_id, lead_text, deadline, incoming_id) WHERE status IN ('chua_xu_ly', 'dang_xu_ly');`,
  );
}
