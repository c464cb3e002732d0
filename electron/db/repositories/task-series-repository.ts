import type { TaskSource } from '@shared/contract/tasks';
import type { Db } from '../connection';
import { OPEN_STATUSES, type TaskFieldsRow } from './tasks-repository';

/** Recurring assignments: a series row keeps the rule, each occurrence is a task pointing at it. */
export interface RecurringSeries {
  parentId: number;
  rule: string;
  lastDeadline: string;
  open: number;
}

/** The open series an occurrence belongs to, with its latest due date and how many stay open. */
export function getRecurringParent(db: Db, taskId: number): RecurringSeries | null {
  const row = db
    .prepare(
      `SELECT p.id AS parentId, p.deadline_rule AS rule,
         (SELECT max(c.deadline) FROM tasks c WHERE c.parent_task_id = p.id) AS lastDeadline,
         (SELECT count(*) FROM tasks c WHERE c.parent_task_id = p.id AND c.status IN ${OPEN_STATUSES}) AS open
       FROM tasks t JOIN tasks p ON p.id = t.parent_task_id
       WHERE t.id = ? AND p.deadline_rule IS NOT NULL AND p.status IN ${OPEN_STATUSES}`,
    )
    .get(taskId) as RecurringSeries | undefined;
  return row?.lastDeadline ? row : null;
}

interface SeriesRow {
  incoming_id: number | null;
  source: TaskSource;
  source_ref: string | null;
  content: string;
  instruction: string | null;
  lead_text: string;
  lead_unit_id: number | null;
  lead_person_id: number | null;
  deadline_text: string | null;
  position: number;
}

/** A series' fields and parties, copied into each new occurrence. */
export function getSeriesTemplate(db: Db, parentId: number) {
  const row = db
    .prepare(
      `SELECT incoming_id, source, source_ref, content, instruction, lead_text, lead_unit_id, lead_person_id, deadline_text, position
       FROM tasks WHERE id = ?`,
    )
    .get(parentId) as SeriesRow | undefined;
  if (!row) return null;
  const parties = db
    .prepare('SELECT role, unit_id AS unitId, text FROM task_parties WHERE task_id = ? ORDER BY role, position')
    .all(parentId) as Array<{ role: 'phoi_hop' | 'de_biet'; unitId: number | null; text: string }>;
  const fields: TaskFieldsRow = {
    source: row.source,
    sourceRef: row.source_ref,
    content: row.content,
    instruction: row.instruction,
    leadText: row.lead_text,
    leadUnitId: row.lead_unit_id,
    leadPersonId: row.lead_person_id,
    deadline: null,
    deadlineText: row.deadline_text,
  };
  const pick = (role: 'phoi_hop' | 'de_biet') => parties.filter((p) => p.role === role).map(({ unitId, text }) => ({ unitId, text }));
  return { incomingId: row.incoming_id, position: row.position, fields, cooperating: pick('phoi_hop'), informed: pick('de_biet') };
}
