import type { Db } from '../connection';

/** One assignment (or an unassigned document) of an incoming document received in the period. */
export interface IncomingHandlingRow {
  document_id: number;
  unit: string | null;
  deadline: string | null;
  completed_date: string | null;
  has_task: number;
}

/**
 * Incoming documents received in the period (not cancelled; secret ones only when allowed), one row
 * per lead assignment; a document without an assignment gives one row for its receiving unit with
 * its hạn giải quyết.
 */
export function incomingHandlingRows(db: Db, period: { from: string; to: string }, includeSecret: boolean): IncomingHandlingRow[] {
  const secret = includeSecret ? '' : 'AND d.secrecy IS NULL';
  return db
    .prepare<{ from: string; to: string }, IncomingHandlingRow>(
      `SELECT d.id AS document_id, COALESCE(u.name, NULLIF(t.lead_text, '')) AS unit, t.deadline,
         CASE WHEN t.status = 'hoan_thanh' THEN t.completed_date END AS completed_date, 1 AS has_task
       FROM incoming_documents d JOIN tasks t ON t.incoming_id = d.id AND t.parent_task_id IS NULL AND t.status <> 'huy'
       LEFT JOIN units u ON u.id = t.lead_unit_id
       WHERE d.received_date BETWEEN @from AND @to AND d.cancelled_at IS NULL ${secret}
       UNION ALL
       SELECT d.id, COALESCE(u.name, p.full_name, d.recipient_note), d.due_date, NULL, 0
       FROM incoming_documents d LEFT JOIN units u ON u.id = d.recipient_unit_id LEFT JOIN people p ON p.id = d.recipient_person_id
       WHERE d.received_date BETWEEN @from AND @to AND d.cancelled_at IS NULL ${secret}
         AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.incoming_id = d.id AND t.parent_task_id IS NULL AND t.status <> 'huy')`,
    )
    .all(period);
}

export interface OutgoingHandlingRow {
  unit: string | null;
  doc_date: string;
  transferred_date: string | null;
}

/** Outgoing documents dated in the period with their drafting unit and ngày chuyển. */
export function outgoingHandlingRows(db: Db, period: { from: string; to: string }, includeSecret: boolean): OutgoingHandlingRow[] {
  const secret = includeSecret ? '' : 'AND o.secrecy IS NULL';
  return db
    .prepare<{ from: string; to: string }, OutgoingHandlingRow>(
      `SELECT u.name AS unit, o.doc_date, o.transferred_date
       FROM outgoing_documents o LEFT JOIN units u ON u.id = o.drafting_unit_id
       WHERE o.doc_date BETWEEN @from AND @to ${secret}`,
    )
    .all(period);
}
