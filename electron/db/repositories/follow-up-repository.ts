import type { FollowUpPage } from '@shared/contract/tasks';
import { TASK_STATUS_LABELS } from '@shared/domain/task-status';
import { formatDateVi } from '@shared/text/dates';
import type { Db } from '../connection';
import { keysetPage } from './keyset';
import { DEADLINE_STATE_SQL } from './tasks-repository';

interface FollowUpSqlRow {
  id: number;
  task_id: number;
  incoming_id: number;
  number: number;
  kind: string;
  number_and_symbol: string;
  doc_date: string;
  issuer_name: string;
  recipient: string;
  deadline: string | null;
  status: keyof typeof TASK_STATUS_LABELS;
  completed_date: string | null;
  deadline_state: string;
  reply_symbol: string | null;
  note: string | null;
}

/** The Tiến độ giải quyết column: state, completion date, late or overdue. */
export function followUpProgress(row: Pick<FollowUpSqlRow, 'status' | 'completed_date' | 'deadline_state'>): string {
  if (row.status === 'hoan_thanh')
    return `Hoàn thành ngày ${formatDateVi(row.completed_date)}${row.deadline_state === 'tre_han' ? ' (trễ hạn)' : ''}`;
  if (row.deadline_state === 'qua_han') return `${TASK_STATUS_LABELS[row.status]} – quá hạn`;
  return TASK_STATUS_LABELS[row.status];
}

/** The follow-up register of a year: one line per assignment, in số đến order. */
export function listFollowUp(
  db: Db,
  filter: { year: number; receivedFrom: string | null; receivedTo: string | null; includeSecret: boolean; today: string },
  cursor: string | null,
  limit: number,
): FollowUpPage {
  const parts = ['d.year = @year'];
  const params: Record<string, unknown> = { year: filter.year, today: filter.today, soon: filter.today };
  if (filter.receivedFrom) {
    parts.push('d.received_date >= @receivedFrom');
    params.receivedFrom = filter.receivedFrom;
  }
  if (filter.receivedTo) {
    parts.push('d.received_date <= @receivedTo');
    params.receivedTo = filter.receivedTo;
  }
  if (!filter.includeSecret) parts.push('d.secrecy IS NULL');
  const page = keysetPage<FollowUpSqlRow>(
    db,
    {
      columns: `t.id AS id, t.id AS task_id, d.id AS incoming_id, d.number, d.kind, d.number_and_symbol, d.doc_date, d.issuer_name,
        COALESCE(u.name, t.lead_text) AS recipient, t.deadline, t.status, t.completed_date, ${DEADLINE_STATE_SQL} AS deadline_state,
        o.number_and_symbol AS reply_symbol, t.result_note AS note`,
      from: `FROM tasks t JOIN incoming_documents d ON d.id = t.incoming_id LEFT JOIN units u ON u.id = t.lead_unit_id
        LEFT JOIN outgoing_documents o ON o.id = t.result_outgoing_id`,
      where: parts.join(' AND '),
      params,
      idColumn: 't.id',
      countFrom: 'FROM tasks t JOIN incoming_documents d ON d.id = t.incoming_id',
    },
    { key: 'd.number', desc: false },
    cursor,
    limit,
  );
  return {
    rows: page.rows.map((r) => ({
      id: r.id,
      taskId: r.task_id,
      incomingId: r.incoming_id,
      number: r.number,
      documentText: `${r.kind} số ${r.number_and_symbol} ngày ${formatDateVi(r.doc_date)} của ${r.issuer_name}`,
      recipient: r.recipient,
      deadline: r.deadline,
      progress: followUpProgress(r),
      replySymbol: r.reply_symbol,
      note: r.note,
    })),
    nextCursor: page.nextCursor,
    total: page.total,
  };
}
