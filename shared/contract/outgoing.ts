import { z } from 'zod';
import type { SecrecyLevel, UrgencyLevel } from '../domain/document-levels';
import { EMPTY_INPUT } from '../schemas/common';
import { annotateOutgoingInput, issueOutgoingInput, listOutgoingInput } from '../schemas/outgoing-schema';
import { method, returns } from './define';

export type IssueOutgoingInput = z.input<typeof issueOutgoingInput>;
export type ListOutgoingInput = z.input<typeof listOutgoingInput>;

/** One line of the sổ đăng ký văn bản đi (Phụ lục IV mục I). */
export interface OutgoingSummary {
  id: number;
  seriesId: number;
  year: number;
  number: number;
  numberAndSymbol: string;
  docDate: string;
  kind: string;
  subject: string;
  signer: string | null;
  recipients: string[];
  archiveHolder: string | null;
  copies: number | null;
  transferredDate: string | null;
  note: string | null;
  secrecy: SecrecyLevel | null;
  urgency: UrgencyLevel | null;
  isImported: boolean;
}

export interface OutgoingFile {
  id: number;
  sha256: string;
  role: 'docx' | 'pdf' | 'scan' | 'other';
  name: string;
  size: number;
  mime: string;
  url: string;
}

export interface OutgoingRecord extends OutgoingSummary {
  seriesName: string;
  symbol: string;
  signerTitle: string | null;
  signerName: string | null;
  draftingUnitId: number | null;
  draftingUnitName: string | null;
  draftId: number | null;
  replyToIncomingId: number | null;
  replyTo: { id: number; number: number; year: number; numberAndSymbol: string; issuerName: string } | null;
  taskId: number | null;
  issuedAt: number;
  issuedBy: string | null;
  version: number;
  files: OutgoingFile[];
  history: Array<{
    id: number;
    at: number;
    actor: string | null;
    action: string;
    changes: Array<{ field: string; label: string; old: string | null; new: string | null }>;
  }>;
}

export interface OutgoingPage {
  rows: OutgoingSummary[];
  nextCursor: string | null;
  total: number;
}

export interface NumberPreview {
  seriesId: number;
  seriesName: string;
  nextNumber: number;
  numberAndSymbol: string;
}

const previewInput = z.object({
  kind: issueOutgoingInput.shape.kind,
  draftingUnitId: issueOutgoingInput.shape.draftingUnitId,
  secrecy: issueOutgoingInput.shape.secrecy,
  seriesId: issueOutgoingInput.shape.seriesId,
  docDate: issueOutgoingInput.shape.docDate,
});

/** Văn bản đi: numbering and the outgoing register (Nghị định 30 Điều 15–16). */
export const outgoingContract = {
  /** Cấp số: takes the next number of the document's series, composes the ký hiệu, registers it. Read-only afterwards. */
  'outgoing.issue': method({ input: issueOutgoingInput, output: returns<OutgoingRecord>(), permission: 'outgoing.issue', isWrite: true }),
  /** The number and ký hiệu the next issue would get (nothing is reserved). */
  'outgoing.previewNumber': method({ input: previewInput, output: returns<NumberPreview>(), permission: 'documents.read', isWrite: false }),
  'outgoing.get': method({
    input: z.object({ id: z.number().int().positive() }),
    output: returns<OutgoingRecord>(),
    permission: 'documents.read',
    isWrite: false,
  }),
  /** A page of the year's outgoing register. */
  'outgoing.list': method({ input: listOutgoingInput, output: returns<OutgoingPage>(), permission: 'documents.read', isWrite: false }),
  'outgoing.years': method({
    input: EMPTY_INPUT,
    output: returns<Array<{ year: number; count: number }>>(),
    permission: 'documents.read',
    isWrite: false,
  }),
  /** The register's own columns (ghi chú, ngày chuyển); the document itself never changes. */
  'outgoing.annotate': method({
    input: annotateOutgoingInput,
    output: returns<OutgoingRecord>(),
    permission: 'outgoing.issue',
    isWrite: true,
  }),
};
