import type { AuditOutcome } from '@shared/contract/audit';
import type { Db } from '../connection';

export interface AuditRow {
  id: number;
  at: number;
  user_id: number | null;
  user_name: string | null;
  transport: string;
  action: string;
  outcome: AuditOutcome;
  subject_type: string | null;
  subject_id: string | null;
  is_secret: number;
  details: string;
  prev_hash: string;
  hash: string;
}

const COLUMNS = 'id, at, user_id, user_name, transport, action, outcome, subject_type, subject_id, is_secret, details, prev_hash, hash';

export function lastAuditRow(db: Db): { id: number; hash: string } | null {
  return db.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() ?? null;
}

export function getAuditRow(db: Db, id: number): AuditRow | null {
  return db.prepare<[number], AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE id = ?`).get(id) ?? null;
}

export function insertAuditRow(db: Db, row: AuditRow): void {
  db.prepare(
    `INSERT INTO audit_log (${COLUMNS})
     VALUES (@id, @at, @user_id, @user_name, @transport, @action, @outcome, @subject_type, @subject_id, @is_secret, @details, @prev_hash, @hash)`,
  ).run(row);
}

/** Every row in id order, streamed (the chain check reads the whole table). */
export function iterateAuditRows(db: Db): IterableIterator<AuditRow> {
  return db.prepare<[], AuditRow>(`SELECT ${COLUMNS} FROM audit_log ORDER BY id`).iterate();
}

export interface AuditQuery {
  fromAt: number | null;
  toAt: number | null;
  userName: string | null;
  action: string | null;
  outcome: AuditOutcome | null;
  text: string | null;
  /** Whether the caller may read secret rows' details (otherwise text search skips them). */
  includeSecret: boolean;
}

function whereClause(query: AuditQuery): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  const simple: Array<[string, unknown]> = [
    ['at >= @fromAt', query.fromAt],
    ['at < @toAt', query.toAt],
    ['user_name = @userName', query.userName],
    ['action = @action', query.action],
    ['outcome = @outcome', query.outcome],
  ];
  for (const [condition, value] of simple) {
    if (value === null) continue;
    parts.push(condition);
    params[condition.slice(condition.indexOf('@') + 1)] = value;
  }
  if (query.text !== null) {
    // Without clearance the text of secret rows is not searchable either: a hit would reveal it.
    const searchable = query.includeSecret ? '' : 'is_secret = 0 AND ';
    parts.push(`(${searchable}(instr(vn_fold(details), @text) > 0 OR instr(vn_fold(coalesce(subject_id, '')), @text) > 0))`);
    params.text = query.text;
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** A page newest first, after `beforeId`. Secret rows stay in the list (their details are hidden by the service). */
export function listAuditRows(db: Db, query: AuditQuery, beforeId: number | null, limit: number): AuditRow[] {
  const { sql, params } = whereClause(query);
  const cursor = beforeId === null ? '' : `${sql ? ' AND' : 'WHERE'} id < @beforeId`;
  return db
    .prepare<Record<string, unknown>, AuditRow>(`SELECT ${COLUMNS} FROM audit_log ${sql}${cursor} ORDER BY id DESC LIMIT @limit`)
    .all({ ...params, ...(beforeId === null ? {} : { beforeId }), limit });
}

export function distinctAuditActions(db: Db): string[] {
  return db
    .prepare<[], { action: string }>('SELECT DISTINCT action FROM audit_log ORDER BY action')
    .all()
    .map((r) => r.action);
}

export function countAuditRows(db: Db): number {
  return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()?.n ?? 0;
}
