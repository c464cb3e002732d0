import type { AuditDetails, AuditOutcome } from '@shared/contract/audit';
import { writeTransaction } from '../../db/connection';
import { insertAuditRow, lastAuditRow } from '../../db/repositories/audit-repository';
import type { CallContext, ServiceContext } from '../context';
import { auditRowHash, GENESIS_HASH } from './audit-chain';

export interface AuditEvent {
  /** The API method, or an event such as 'auth.loginFailed'. */
  action: string;
  outcome: AuditOutcome;
  /** The caller; `actor` overrides it (a sign-in names the account being signed into). */
  call: CallContext;
  actor?: { userId: number | null; userName: string | null };
  subjectType?: string | null;
  subjectId?: string | number | null;
  isSecret?: boolean;
  details: AuditDetails;
}

/**
 * Appends one row to the hash chain. Inside a caller's transaction it becomes a savepoint, so the
 * row commits together with the write it records; alone it takes the write lock (BEGIN IMMEDIATE)
 * so two processes never link to the same previous row.
 */
export function appendAudit(ctx: ServiceContext, event: AuditEvent): void {
  const userId = event.actor ? event.actor.userId : (event.call.session?.userId ?? null);
  const userName = event.actor ? event.actor.userName : (event.call.session?.userName ?? null);
  writeTransaction(ctx.db, () => {
    const last = lastAuditRow(ctx.db);
    const content = {
      id: (last?.id ?? 0) + 1,
      at: ctx.clock.now(),
      userId,
      userName,
      transport: event.call.transport,
      action: event.action,
      outcome: event.outcome,
      subjectType: event.subjectType ?? null,
      subjectId: event.subjectId === undefined || event.subjectId === null ? null : String(event.subjectId),
      isSecret: event.isSecret === true,
      details: JSON.stringify(event.details),
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    insertAuditRow(ctx.db, {
      id: content.id,
      at: content.at,
      user_id: content.userId,
      user_name: content.userName,
      transport: content.transport,
      action: content.action,
      outcome: content.outcome,
      subject_type: content.subjectType,
      subject_id: content.subjectId,
      is_secret: content.isSecret ? 1 : 0,
      details: content.details,
      prev_hash: prevHash,
      hash: auditRowHash(prevHash, content),
    });
  });
}
