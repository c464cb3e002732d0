import type { z } from 'zod';
import { type AUDIT_OUTCOMES, exportAuditInput, listAuditInput } from '../schemas/audit-schema';
import { EMPTY_INPUT } from '../schemas/common';
import { method, returns } from './define';

export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
export type AuditFilter = z.input<typeof listAuditInput>;

/** What a row of the audit trail says: the call's input (passwords and file bytes left out) and the record before and after. */
export interface AuditDetails {
  input?: unknown;
  before?: unknown;
  after?: unknown;
  error?: { code: string; message: string };
  note?: string;
}

export interface AuditEntry {
  id: number;
  at: number;
  userName: string | null;
  transport: string;
  action: string;
  outcome: AuditOutcome;
  subjectType: string | null;
  subjectId: string | null;
  /** The row concerns a secret document; its details are shown only to users cleared for secret documents. */
  isSecret: boolean;
  /** null when hidden from this user (secret content without clearance). */
  details: AuditDetails | null;
}

export interface AuditPage {
  rows: AuditEntry[];
  nextCursor: number | null;
}

export interface AuditVerifyResult {
  isIntact: boolean;
  checkedRows: number;
  /** The first row whose content or link no longer matches its hash; null when intact. */
  firstBrokenId: number | null;
  /** Backups whose recorded head of the chain was compared with the current chain. */
  anchorsChecked: number;
  message: string;
}

export interface ExportedFile {
  fileName: string;
  /** Same-origin URL that downloads the file (both transports serve it). */
  url: string;
  rowCount: number;
}

/** Nhật ký hệ thống: who did what and when, append-only and hash-chained. */
export const auditContract = {
  /** A page of the audit trail, newest first, filtered. */
  'audit.list': method({ input: listAuditInput, output: returns<AuditPage>(), permission: 'audit.read', isWrite: false }),
  /** The actions that occur in the trail, for the filter list. */
  'audit.actions': method({ input: EMPTY_INPUT, output: returns<string[]>(), permission: 'audit.read', isWrite: false }),
  /** Writes the filtered trail to an Excel or CSV file. */
  'audit.export': method({ input: exportAuditInput, output: returns<ExportedFile>(), permission: 'audit.read', isWrite: false }),
  /** Recomputes the hash chain and compares it with the heads recorded in the backups. */
  'audit.verify': method({ input: EMPTY_INPUT, output: returns<AuditVerifyResult>(), permission: 'audit.read', isWrite: false }),
};
