import type { DeadlineState, TaskParty, TaskRecord, TaskSource, TaskStatus, TaskSummary } from '@shared/contract/tasks';
import type { Db } from '../connection';

/**
 * Assignments and their parties. When adding a column: the migration, TaskRow, rowToTask, the insert
 * and update statements. The deadline state is computed in SQL from today (never stored).
 */
interface TaskRow {
  id: number;
  incoming_id: number | null;
  document_label: string | null;
  source: TaskSource;
  source_ref: string | null;
  content: string;
  instruction: string | null;
  lead_text: string;
  lead_unit_id: number | null;
  lead_unit_name: string | null;
  lead_person_id: number | null;
  lead_person_name: string | null;
  deadline: string | null;
  deadline_text: string | null;
  status: TaskStatus;
  status_reason: string | null;
  completed_date: string | null;
  result_note: string | null;
  result_outgoing_id: number | null;
  result_outgoing_symbol: string | null;
  deadline_state: DeadlineState;
  created_at: number;
  created_by: string | null;
  version: number;
}

export const OPEN_STATUSES = "('chua_xu_ly', 'dang_xu_ly')";

/** Quá hạn / Sắp đến hạn / Trong hạn / Không hạn for open tasks; Đúng hạn / Trễ hạn once done. */
export const DEADLINE_STATE_SQL = `CASE
  WHEN t.status = 'hoan_thanh' THEN CASE WHEN t.deadline IS NULL OR t.completed_date <= t.deadline THEN 'dung_han' ELSE 'tre_han' END
  WHEN t.status NOT IN ${OPEN_STATUSES} OR t.deadline IS NULL THEN 'khong_han'
  WHEN t.deadline < @today THEN 'qua_han'
  WHEN t.deadline <= @soon THEN 'sap_den_han'
  ELSE 'trong_han' END`;

const TASK_COLUMNS = `
  t.id, t.incoming_id,
  CASE WHEN d.id IS NULL THEN NULL ELSE 'Số đến ' || d.number || '/' || d.year || ' — ' || d.number_and_symbol END AS document_label,
  t.source, t.source_ref, t.content, t.instruction, t.lead_text, t.lead_unit_id, u.name AS lead_unit_name,
  t.lead_person_id, p.full_name AS lead_person_name, t.deadline, t.deadline_text, t.status, t.status_reason,
  t.completed_date, t.result_note, t.result_outgoing_id, o.number_and_symbol AS result_outgoing_symbol,
  ${DEADLINE_STATE_SQL} AS deadline_state, t.created_at, t.created_by, t.version`;

const TASK_FROM = `
  FROM tasks t
  LEFT JOIN incoming_documents d ON d.id = t.incoming_id
  LEFT JOIN units u ON u.id = t.lead_unit_id
  LEFT JOIN people p ON p.id = t.lead_person_id
  LEFT JOIN outgoing_documents o ON o.id = t.result_outgoing_id`;

export interface DayWindow {
  today: string;
  soon: string;
}

function listParties(db: Db, taskIds: readonly number[]): Map<number, { phoi_hop: TaskParty[]; de_biet: TaskParty[] }> {
  const result = new Map<number, { phoi_hop: TaskParty[]; de_biet: TaskParty[] }>();
  if (taskIds.length === 0) return result;
  const rows = db
    .prepare<number[], { task_id: number; role: 'phoi_hop' | 'de_biet'; text: string; unit_id: number | null; unit_name: string | null }>(
      `SELECT tp.task_id, tp.role, tp.text, tp.unit_id, u.name AS unit_name FROM task_parties tp LEFT JOIN units u ON u.id = tp.unit_id
       WHERE tp.task_id IN (${taskIds.map(() => '?').join(',')}) ORDER BY tp.task_id, tp.role, tp.position`,
    )
    .all(...taskIds);
  for (const row of rows) {
    const entry = result.get(row.task_id) ?? { phoi_hop: [], de_biet: [] };
    entry[row.role].push({ text: row.text, unitId: row.unit_id, unitName: row.unit_name });
    result.set(row.task_id, entry);
  }
  return result;
}

function rowToSummary(row: TaskRow, parties: { phoi_hop: TaskParty[] } | undefined): TaskSummary {
  return {
    id: row.id,
    incomingId: row.incoming_id,
    documentLabel: row.document_label,
    source: row.source,
    sourceRef: row.source_ref,
    content: row.content,
    leadText: row.lead_text,
    leadUnitId: row.lead_unit_id,
    leadUnitName: row.lead_unit_name,
    cooperating: parties?.phoi_hop ?? [],
    deadline: row.deadline,
    deadlineText: row.deadline_text,
    status: row.status,
    deadlineState: row.deadline_state,
    completedDate: row.completed_date,
    resultOutgoing:
      row.result_outgoing_id && row.result_outgoing_symbol
        ? { id: row.result_outgoing_id, numberAndSymbol: row.result_outgoing_symbol }
        : null,
  };
}

export function getTaskRecord(db: Db, id: number, window: DayWindow): Omit<TaskRecord, 'history' | 'extensions'> | null {
  const row = db.prepare<Record<string, unknown>, TaskRow>(`SELECT ${TASK_COLUMNS} ${TASK_FROM} WHERE t.id = @id`).get({ id, ...window });
  if (!row) return null;
  const parties = listParties(db, [id]).get(id);
  return {
    ...rowToSummary(row, parties),
    instruction: row.instruction,
    leadPersonId: row.lead_person_id,
    leadPersonName: row.lead_person_name,
    informed: parties?.de_biet ?? [],
    statusReason: row.status_reason,
    resultNote: row.result_note,
    createdAt: row.created_at,
    createdBy: row.created_by,
    version: row.version,
  };
}

/**
 * Tasks matching a WHERE clause over alias t (with @today/@soon available), ordered by deadline, those
 * without one last. `hasDeadline`: the clause already excludes them, so the order can come from an index.
 */
export function listTaskSummaries(
  db: Db,
  where: string,
  params: Record<string, unknown>,
  window: DayWindow,
  limit: number,
  hasDeadline = false,
): TaskSummary[] {
  const order = hasDeadline ? 't.deadline, t.id' : 't.deadline IS NULL, t.deadline, t.id';
  const rows = db
    .prepare<Record<string, unknown>, TaskRow>(`SELECT ${TASK_COLUMNS} ${TASK_FROM} WHERE ${where} ORDER BY ${order} LIMIT @limit`)
    .all({ ...params, ...window, limit });
  const parties = listParties(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => rowToSummary(r, parties.get(r.id)));
}

export interface TaskFieldsRow {
  source: TaskSource;
  sourceRef: string | null;
  content: string;
  instruction: string | null;
  leadText: string;
  leadUnitId: number | null;
  leadPersonId: number | null;
  deadline: string | null;
  deadlineText: string | null;
}

export function insertTask(
  db: Db,
  row: TaskFieldsRow & {
    incomingId: number | null;
    position: number;
    actor: string | null;
    now: number;
    deadlineRule?: string | null;
    parentTaskId?: number | null;
  },
): number {
  const info = db
    .prepare(
      `INSERT INTO tasks (incoming_id, source, source_ref, content, instruction, lead_unit_id, lead_person_id, lead_text, deadline,
         deadline_text, deadline_rule, parent_task_id, status, position, created_at, created_by, updated_at, version)
       VALUES (@incomingId, @source, @sourceRef, @content, @instruction, @leadUnitId, @leadPersonId, @leadText, @deadline,
         @deadlineText, @deadlineRule, @parentTaskId, 'chua_xu_ly', @position, @now, @actor, @now, 1)`,
    )
    .run({ deadlineRule: null, parentTaskId: null, ...row });
  return Number(info.lastInsertRowid);
}

export function updateTaskFields(db: Db, id: number, version: number, row: TaskFieldsRow, now: number): boolean {
  const info = db
    .prepare(
      `UPDATE tasks SET source = @source, source_ref = @sourceRef, content = @content, instruction = @instruction,
         lead_unit_id = @leadUnitId, lead_person_id = @leadPersonId, lead_text = @leadText, deadline = @deadline,
         deadline_text = @deadlineText, updated_at = @now, version = version + 1
       WHERE id = @id AND version = @version`,
    )
    .run({ ...row, id, version, now });
  return info.changes === 1;
}

export function replaceTaskParties(
  db: Db,
  taskId: number,
  role: 'phoi_hop' | 'de_biet',
  parties: ReadonlyArray<{ text: string; unitId: number | null }>,
): void {
  db.prepare('DELETE FROM task_parties WHERE task_id = ? AND role = ?').run(taskId, role);
  const insert = db.prepare('INSERT INTO task_parties (task_id, role, unit_id, text, position) VALUES (?, ?, ?, ?, ?)');
  parties.forEach((party, position) => {
    insert.run(taskId, role, party.unitId, party.text, position);
  });
}

export function insertTaskHistory(
  db: Db,
  entry: { taskId: number; at: number; actor: string | null; action: string; changes: unknown[] },
): void {
  db.prepare('INSERT INTO task_history (task_id, at, actor, action, changes) VALUES (?, ?, ?, ?, ?)').run(
    entry.taskId,
    entry.at,
    entry.actor,
    entry.action,
    JSON.stringify(entry.changes),
  );
}

export function listTaskHistory(db: Db, taskId: number): TaskRecord['history'] {
  return db
    .prepare<[number], { id: number; at: number; actor: string | null; action: string; changes: string }>(
      'SELECT id, at, actor, action, changes FROM task_history WHERE task_id = ? ORDER BY id DESC',
    )
    .all(taskId)
    .map((r) => ({ ...r, changes: JSON.parse(r.changes) as TaskRecord['history'][number]['changes'] }));
}

export function listTaskExtensions(db: Db, taskId: number): TaskRecord['extensions'] {
  return db
    .prepare<[number], { old_deadline: string | null; new_deadline: string; reason: string; at: number; actor: string | null }>(
      'SELECT old_deadline, new_deadline, reason, at, actor FROM task_extensions WHERE task_id = ? ORDER BY id',
    )
    .all(taskId)
    .map((r) => ({ oldDeadline: r.old_deadline, newDeadline: r.new_deadline, reason: r.reason, at: r.at, actor: r.actor }));
}

export function setTaskStatus(
  db: Db,
  id: number,
  change: {
    status: string;
    reason: string | null;
    completedDate: string | null;
    resultNote: string | null;
    resultOutgoingId: number | null;
  },
  now: number,
): void {
  db.prepare(
    `UPDATE tasks SET status = @status, status_reason = @reason, completed_date = @completedDate, result_note = @resultNote,
       result_outgoing_id = @resultOutgoingId, updated_at = @now, version = version + 1 WHERE id = @id`,
  ).run({ ...change, id, now });
}

export function setTaskDeadline(db: Db, id: number, deadline: string, now: number): void {
  db.prepare('UPDATE tasks SET deadline = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(deadline, now, id);
}

export function insertTaskExtension(
  db: Db,
  entry: { taskId: number; oldDeadline: string | null; newDeadline: string; reason: string; at: number; actor: string | null },
): void {
  db.prepare('INSERT INTO task_extensions (task_id, old_deadline, new_deadline, reason, at, actor) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.taskId,
    entry.oldDeadline,
    entry.newDeadline,
    entry.reason,
    entry.at,
    entry.actor,
  );
}
