import { createHash } from 'node:crypto';

/** The prev_hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** The stored columns of one audit row that its hash covers (everything but the hashes themselves). */
export interface AuditRowContent {
  id: number;
  at: number;
  userId: number | null;
  userName: string | null;
  transport: string;
  action: string;
  outcome: string;
  subjectType: string | null;
  subjectId: string | null;
  isSecret: boolean;
  /** The details exactly as stored (JSON text). */
  details: string;
}

/**
 * SHA-256 over the previous row's hash and this row's content in a fixed order. The id is included,
 * so deleting or reordering rows breaks the chain as surely as editing one.
 */
export function auditRowHash(prevHash: string, row: AuditRowContent): string {
  const canonical = JSON.stringify([
    row.id,
    row.at,
    row.userId,
    row.userName,
    row.transport,
    row.action,
    row.outcome,
    row.subjectType,
    row.subjectId,
    row.isSecret ? 1 : 0,
    row.details,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
