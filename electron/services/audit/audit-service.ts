import type { AuditEntry, AuditPage, AuditVerifyResult } from '@shared/contract/audit';
import { fold } from '@shared/text/fold';
import { type AuditQuery, type AuditRow, distinctAuditActions, listAuditRows } from '../../db/repositories/audit-repository';
import type { ServiceContext } from '../context';
import { type AuditAnchor, verifyAudit } from './audit-verify';

export interface AuditFilterInput {
  from: string | null;
  to: string | null;
  userName: string | null;
  action: string | null;
  outcome: AuditQuery['outcome'];
  text: string | null;
}

/** Local midnight of an ISO date: the viewer's dates are calendar days on this computer. */
function localMidnight(iso: string, plusDays = 0): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).getTime();
}

export function toAuditQuery(filter: AuditFilterInput, includeSecret: boolean): AuditQuery {
  return {
    fromAt: filter.from ? localMidnight(filter.from) : null,
    toAt: filter.to ? localMidnight(filter.to, 1) : null,
    userName: filter.userName,
    action: filter.action,
    outcome: filter.outcome,
    text: filter.text ? fold(filter.text) : null,
    includeSecret,
  };
}

/** A row for the screen: details of secret documents only for users cleared to see them. */
export function rowToEntry(row: AuditRow, includeSecret: boolean): AuditEntry {
  const isHidden = row.is_secret === 1 && !includeSecret;
  let details: AuditEntry['details'] = null;
  if (!isHidden) {
    try {
      details = JSON.parse(row.details) as AuditEntry['details'];
    } catch {
      details = { note: row.details };
    }
  }
  return {
    id: row.id,
    at: row.at,
    userName: row.user_name,
    transport: row.transport,
    action: row.action,
    outcome: row.outcome,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    isSecret: row.is_secret === 1,
    details,
  };
}

export function listAudit(
  ctx: ServiceContext,
  input: AuditFilterInput & { cursor: number | null; limit: number },
  includeSecret: boolean,
): AuditPage {
  const rows = listAuditRows(ctx.db, toAuditQuery(input, includeSecret), input.cursor, input.limit + 1);
  const page = rows.slice(0, input.limit).map((row) => rowToEntry(row, includeSecret));
  return { rows: page, nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
}

export function auditActions(ctx: ServiceContext): string[] {
  return distinctAuditActions(ctx.db);
}

export function verifyAuditTrail(ctx: ServiceContext, anchors: readonly AuditAnchor[]): AuditVerifyResult {
  return verifyAudit(ctx.db, anchors);
}
