import type { Db } from '../connection';

/**
 * Trang chủ and the reminders read the open tasks by deadline (Quá hạn, Sắp đến hạn, first 20).
 * This partial index holds only open tasks, in deadline order, so those lists stop after a page
 * however many tasks the years have finished.
 */
export default function migrate0009(db: Db): void {
  db.exec(`CREATE INDEX tasks_open_by_deadline ON tasks (deadline, id, incoming_id) WHERE status IN ('chua_xu_ly', 'dang_xu_ly');`);
}
