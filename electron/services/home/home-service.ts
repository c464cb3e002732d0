import type { HomeSummary, UnitLoad } from '@shared/contract/home';
import type { IncomingSummary } from '@shared/contract/incoming';
import type { Db } from '../../db/connection';
import { INCOMING_COLUMNS, INCOMING_FROM, type IncomingRow, rowToSummary } from '../../db/repositories/incoming-repository';
import { OPEN_STATUSES } from '../../db/repositories/tasks-repository';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings/settings-service';
import { dayWindow, listTasks } from '../tasks/tasks-service';

const LIST_SIZE = 20;
/**
 * Registered, not cancelled, not yet passed to a unit or person. The count names the incoming_waiting
 * partial index, because the planner otherwise walks incoming_recipient's rows with no unit (67 ms
 * against 1 ms at 1,000,000 documents); the newest 20 come from the id order, which stops after a page.
 */
const WAITING_SQL =
  'd.cancelled_at IS NULL AND d.transferred_date IS NULL AND d.recipient_unit_id IS NULL AND d.recipient_person_id IS NULL';

function latestIncoming(db: Db, where: string, params: Record<string, unknown>): IncomingSummary[] {
  return db
    .prepare<Record<string, unknown>, IncomingRow>(
      `SELECT ${INCOMING_COLUMNS} ${INCOMING_FROM} WHERE ${where} ORDER BY d.id DESC LIMIT ${LIST_SIZE}`,
    )
    .all(params)
    .map(rowToSummary);
}

function count(db: Db, sql: string, params: Record<string, unknown>): number {
  return db.prepare<Record<string, unknown>, { n: number }>(sql).get(params)?.n ?? 0;
}

/**
 * Open tasks per lead unit, most overdue first. Counted from tasks_open_by_unit alone, in its
 * order (unit, lead as written), then folded to one line per unit (or per lead written without a
 * unit) and only those shown get their name: at 1,000,000 documents (about 100,000 open tasks) this
 * takes 17 ms where grouping on the table's rows took 400.
 */
function unitLoad(db: Db, today: string, secretTask: string): UnitLoad[] {
  return db
    .prepare<{ today: string }, UnitLoad>(
      `SELECT g.unitId, COALESCE(u.name, min(g.leadText)) AS unitName, sum(g.open) AS open, sum(g.overdue) AS overdue
       FROM (SELECT t.lead_unit_id AS unitId, t.lead_text AS leadText, count(*) AS open,
                    total(t.deadline IS NOT NULL AND t.deadline < @today) AS overdue
             FROM tasks t INDEXED BY tasks_open_by_unit
             WHERE t.status IN ${OPEN_STATUSES}${secretTask}
             GROUP BY t.lead_unit_id, t.lead_text) g
       LEFT JOIN units u ON u.id = g.unitId
       GROUP BY g.unitId, CASE WHEN g.unitId IS NULL THEN g.leadText END
       ORDER BY overdue DESC, open DESC LIMIT 30`,
    )
    .all({ today });
}

/** Trang chủ: overdue and due-soon tasks, today's mail, what still waits for distribution, the load per unit. */
export function homeSummary(ctx: ServiceContext, includeSecret: boolean): HomeSummary {
  const window: Record<string, unknown> & { today: string; soon: string } = { ...dayWindow(ctx) };
  const secretTask = includeSecret
    ? ''
    : ' AND (t.incoming_id IS NULL OR (SELECT secrecy FROM incoming_documents WHERE id = t.incoming_id) IS NULL)';
  const secretDoc = includeSecret ? '' : ' AND d.secrecy IS NULL';
  const openTasks = { openOnly: true, unitId: null, incomingId: null, deadlineFrom: null, deadlineTo: null, text: null, limit: LIST_SIZE };
  return {
    today: window.today,
    dueSoonDays: getSettings(ctx).dueSoonDays,
    counts: {
      overdue: count(
        ctx.db,
        `SELECT count(*) AS n FROM tasks t WHERE t.status IN ${OPEN_STATUSES} AND t.deadline < @today${secretTask}`,
        window,
      ),
      dueSoon: count(
        ctx.db,
        `SELECT count(*) AS n FROM tasks t WHERE t.status IN ${OPEN_STATUSES} AND t.deadline BETWEEN @today AND @soon${secretTask}`,
        window,
      ),
      receivedToday: count(ctx.db, `SELECT count(*) AS n FROM incoming_documents d WHERE d.received_date = @today${secretDoc}`, window),
      waiting: count(
        ctx.db,
        `SELECT count(*) AS n FROM incoming_documents d INDEXED BY incoming_waiting WHERE ${WAITING_SQL}${secretDoc}`,
        {},
      ),
    },
    overdue: listTasks(ctx, { ...openTasks, due: 'qua_han' }, includeSecret),
    dueSoon: listTasks(ctx, { ...openTasks, due: 'sap_den_han' }, includeSecret),
    receivedToday: latestIncoming(ctx.db, `d.received_date = @today${secretDoc}`, { today: window.today }),
    waiting: latestIncoming(ctx.db, `${WAITING_SQL}${secretDoc}`, {}),
    byUnit: unitLoad(ctx.db, window.today, secretTask),
  };
}
