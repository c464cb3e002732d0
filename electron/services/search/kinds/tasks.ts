import type { TaskStatus } from '@shared/contract/tasks';
import { TASK_STATUS_LABELS } from '@shared/domain/task-status';
import { dateOfTimestamp } from './drafts';
import { joinText, loaders, rankLoader, type SearchKindAdapter } from './types';

interface TaskSourceRow {
  id: number;
  content: string;
  instruction: string | null;
  lead_text: string;
  deadline: string | null;
  deadline_text: string | null;
  status: TaskStatus;
  status_reason: string | null;
  result_note: string | null;
  created_at: number;
  unit_name: string | null;
  parties: string | null;
  doc_symbol: string | null;
  doc_issuer: string | null;
  doc_secrecy: string | null;
  doc_received: string | null;
}

const SQL = `SELECT t.id, t.content, t.instruction, t.lead_text, t.deadline, t.deadline_text, t.status, t.status_reason, t.result_note, t.created_at,
    u.name AS unit_name,
    (SELECT group_concat(p.text, ' · ') FROM task_parties p WHERE p.task_id = t.id) AS parties,
    d.number_and_symbol AS doc_symbol, d.issuer_name AS doc_issuer, d.secrecy AS doc_secrecy, d.received_date AS doc_received
  FROM tasks t
  LEFT JOIN units u ON u.id = t.lead_unit_id
  LEFT JOIN incoming_documents d ON d.id = t.incoming_id
  WHERE t.id > @after AND t.id <= @until`;

/**
 * Công việc: ordered by the ngày đến of their document (their creation day when standalone); nội dung, đơn vị chủ trì and
 * phối hợp, the document it came from (số ký hiệu, tác giả).
 */
export const tasksSearch: SearchKindAdapter = {
  kind: 'tasks',
  code: 4,
  table: 'search_tasks',
  rankTexts: rankLoader("SELECT id, content || ' ' || lead_text AS text FROM tasks"),
  ...loaders<TaskSourceRow>(SQL, 't.id', (row) => ({
    id: row.id,
    date: row.doc_received ?? dateOfTimestamp(row.created_at),
    isSecret: row.doc_secrecy !== null,
    isCancelled: row.status === 'huy',
    subject: row.content,
    symbol: joinText(row.doc_symbol),
    author: joinText(row.doc_issuer),
    unit: joinText(row.unit_name ?? row.lead_text, row.parties),
    kindName: 'Công việc',
    body: joinText(row.instruction, row.lead_text, row.deadline_text, row.status_reason, row.result_note),
    title: joinText(row.unit_name ?? row.lead_text, row.doc_symbol ? `theo ${row.doc_symbol}` : null),
    detail: joinText(TASK_STATUS_LABELS[row.status], row.deadline ? `hạn ${row.deadline.split('-').reverse().join('/')}` : null),
  })),
};
