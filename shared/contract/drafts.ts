import { z } from 'zod';
import type { Draft } from '../drafting/draft-schema';
import type { Finding } from '../format-check/types';
import {
  createDraftInput,
  type DRAFT_STATUSES,
  draftStatusInput,
  issueDraftInput,
  listDraftsInput,
  saveDraftInput,
} from '../schemas/drafts-schema';
import { method, returns } from './define';
import type { OutgoingRecord } from './outgoing';

export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export interface DraftSummary {
  id: number;
  kind: string;
  subject: string;
  status: DraftStatus;
  author: string | null;
  draftingUnitName: string | null;
  replyTo: { id: number; number: number; year: number; numberAndSymbol: string; issuerName: string } | null;
  outgoing: { id: number; numberAndSymbol: string } | null;
  updatedAt: number;
}

export interface DraftRecord extends DraftSummary {
  content: Draft;
  version: number;
  draftingUnitId: number | null;
  taskId: number | null;
  createdAt: number;
  /** The checker's findings on the saved content (the editor re-runs it live). */
  findings: Finding[];
}

export interface DraftVersion {
  id: number;
  version: number;
  savedAt: number;
  actor: string | null;
  note: string | null;
}

const idInput = z.object({ id: z.number().int().positive() });

/** Dự thảo: drafts from templates or as replies, autosaved with versions, approved, then issued (cấp số). */
export const draftsContract = {
  /** A new draft from the kind's template (or the reply to an incoming document), filled from the directory. */
  'drafts.create': method({ input: createDraftInput, output: returns<DraftRecord>(), permission: 'drafts.write', isWrite: true }),
  'drafts.get': method({ input: idInput, output: returns<DraftRecord>(), permission: 'drafts.write', isWrite: false }),
  'drafts.list': method({ input: listDraftsInput, output: returns<DraftSummary[]>(), permission: 'drafts.write', isWrite: false }),
  /** Autosave (and, with snapshot, a named version). @throws CONFLICT when another window saved first; LOCKED unless Đang soạn */
  'drafts.save': method({ input: saveDraftInput, output: returns<DraftRecord>(), permission: 'drafts.write', isWrite: true }),
  'drafts.versions': method({ input: idInput, output: returns<DraftVersion[]>(), permission: 'drafts.write', isWrite: false }),
  /** Brings back an earlier version as the current content (the current one is kept as a version first). */
  'drafts.restoreVersion': method({
    input: z.object({ id: z.number().int().positive(), versionId: z.number().int().positive() }),
    output: returns<DraftRecord>(),
    permission: 'drafts.write',
    isWrite: true,
  }),
  /** Trình duyệt, trả về Đang soạn, hủy. */
  'drafts.setStatus': method({ input: draftStatusInput, output: returns<DraftRecord>(), permission: 'drafts.write', isWrite: true }),
  /** Duyệt: the signer approves the draft as it is. */
  'drafts.approve': method({ input: idInput, output: returns<DraftRecord>(), permission: 'drafts.approve', isWrite: true }),
  /** Cấp số an approved draft: number, date, register entry; the answered task is completed. */
  'drafts.issue': method({ input: issueDraftInput, output: returns<OutgoingRecord>(), permission: 'outgoing.issue', isWrite: true }),
  /** Makes and attaches the Word and PDF files of a document issued from a draft (after drafts.issue). */
  'outgoing.renderFiles': method({ input: idInput, output: returns<OutgoingRecord>(), permission: 'outgoing.issue', isWrite: true }),
  /** The draft as DOCX or PDF to download before it is issued. */
  'drafts.export': method({
    input: z.object({ id: z.number().int().positive(), format: z.enum(['docx', 'pdf']) }),
    output: returns<{ sha256: string; name: string; url: string }>(),
    permission: 'drafts.write',
    isWrite: false,
  }),
};
