import type { z } from 'zod';
import type { ReceiveMethod, SecrecyLevel, UrgencyLevel } from '../domain/document-levels';
import { EMPTY_INPUT } from '../schemas/common';
import {
  attachFilesInput,
  cancelIncomingInput,
  checkDuplicateInput,
  detachFileInput,
  listIncomingInput,
  openAttachmentInput,
  registerIncomingInput,
  seriesInput,
  stageAttachmentInput,
  updateIncomingInput,
  type INCOMING_STATES,
} from '../schemas/incoming-schema';
import { method, returns } from './define';

export type IncomingState = (typeof INCOMING_STATES)[number];
export type RegisterIncomingInput = z.input<typeof registerIncomingInput>;
export type ListIncomingInput = z.input<typeof listIncomingInput>;

/** A number series (sổ): the incoming or outgoing register, or a separate one (secret documents). */
export interface SeriesRecord {
  id: number;
  name: string;
  direction: 'den' | 'di';
  isSecret: boolean;
  isDefault: boolean;
  kindNames: string[] | null;
  isActive: boolean;
}

export interface AttachmentRecord {
  id: number;
  sha256: string;
  name: string;
  size: number;
  mime: string;
  addedAt: number;
  removedAt: number | null;
  /** Same-origin URL of the content (served by both transports). */
  url: string;
}

export interface FieldChange {
  field: string;
  label: string;
  old: string | null;
  new: string | null;
}

export interface HistoryEntry {
  id: number;
  at: number;
  actor: string | null;
  action: 'create' | 'update' | 'cancel' | 'attach' | 'detach' | 'annotate';
  changes: FieldChange[];
}

/** One line of the sổ đăng ký văn bản đến: the ten columns plus what the screen needs to flag it. */
export interface IncomingSummary {
  id: number;
  seriesId: number;
  year: number;
  number: number;
  receivedDate: string;
  issuerName: string;
  numberAndSymbol: string;
  docDate: string;
  kind: string;
  subject: string;
  recipient: string | null;
  transferredDate: string | null;
  note: string | null;
  urgency: UrgencyLevel | null;
  secrecy: SecrecyLevel | null;
  dueDate: string | null;
  state: IncomingState;
  attachmentCount: number;
  isImported: boolean;
}

export interface IncomingRecord extends IncomingSummary {
  seriesName: string;
  issuerId: number | null;
  docNumber: string | null;
  docSymbol: string | null;
  signerTitle: string | null;
  signerName: string | null;
  pageCount: number | null;
  receiveMethod: ReceiveMethod;
  recipientUnitId: number | null;
  recipientPersonId: number | null;
  recipientNote: string | null;
  hasExtraction: boolean;
  cancelledAt: number | null;
  cancelReason: string | null;
  cancelledBy: string | null;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
  version: number;
  attachments: AttachmentRecord[];
  history: HistoryEntry[];
}

export interface IncomingPage {
  rows: IncomingSummary[];
  /** Pass back to get the next page; null at the end. */
  nextCursor: string | null;
  /** Matching rows (exact). */
  total: number;
}

/** An already registered document with the same (số ký hiệu, tác giả, ngày văn bản). */
export interface DuplicateMatch {
  id: number;
  year: number;
  number: number;
  receivedDate: string;
  issuerName: string;
  numberAndSymbol: string;
  docDate: string;
  subject: string;
  isCancelled: boolean;
}

export interface StagedFile {
  sha256: string;
  name: string;
  size: number;
  mime: string;
}

export interface IncomingYear {
  year: number;
  count: number;
}

/** Văn bản đến: the incoming register (Nghị định 30 Điều 20–24). */
export const incomingContract = {
  /** Registers a document: takes the next số đến of its series in the same transaction. @throws DUPLICATE with details.duplicates */
  'incoming.register': method({
    input: registerIncomingInput,
    output: returns<IncomingRecord>(),
    permission: 'incoming.register',
    isWrite: true,
  }),
  /** Registered documents with the same số ký hiệu, tác giả and ngày văn bản (Phụ lục VI duplicate warning). */
  'incoming.checkDuplicate': method({
    input: checkDuplicateInput,
    output: returns<DuplicateMatch[]>(),
    permission: 'documents.read',
    isWrite: false,
  }),
  /** One document with its attachments and history. */
  'incoming.get': method({
    input: cancelIncomingInput.pick({ id: true }),
    output: returns<IncomingRecord>(),
    permission: 'documents.read',
    isWrite: false,
  }),
  /** A page of the year's register, keyset-paged, filtered and sorted. */
  'incoming.list': method({ input: listIncomingInput, output: returns<IncomingPage>(), permission: 'documents.read', isWrite: false }),
  /** The years that have registered documents, newest first. */
  'incoming.years': method({ input: EMPTY_INPUT, output: returns<IncomingYear[]>(), permission: 'documents.read', isWrite: false }),
  /** Edits a document; every changed field lands in the history. @throws CONFLICT when another edit came first */
  'incoming.update': method({ input: updateIncomingInput, output: returns<IncomingRecord>(), permission: 'incoming.edit', isWrite: true }),
  /** Cancels (hủy) a document with a reason; it keeps its number and stays in the register. */
  'incoming.cancel': method({
    input: cancelIncomingInput,
    output: returns<IncomingRecord>(),
    permission: 'incoming.cancel',
    isWrite: true,
  }),
  /** Number series of both registers. */
  'series.list': method({ input: EMPTY_INPUT, output: returns<SeriesRecord[]>(), permission: 'session', isWrite: false }),
  /** Adds a series (administrator). */
  'series.create': method({ input: seriesInput, output: returns<SeriesRecord>(), permission: 'settings.manage', isWrite: true }),
  /** Stores a file content-addressed and returns its reference for a registration. */
  'attachments.stage': method({
    input: stageAttachmentInput,
    output: returns<StagedFile>(),
    permission: 'incoming.register',
    isWrite: true,
  }),
  /** Adds staged files to a registered document. */
  'attachments.attach': method({ input: attachFilesInput, output: returns<IncomingRecord>(), permission: 'incoming.edit', isWrite: true }),
  /** Removes a file from a document (kept in the history, the file itself is never deleted). */
  'attachments.detach': method({ input: detachFileInput, output: returns<IncomingRecord>(), permission: 'incoming.edit', isWrite: true }),
  /** The Phiếu giải quyết văn bản đến and the "ĐẾN" stamp data of a document, as a PDF to download. */
  'incoming.printSlip': method({
    input: cancelIncomingInput.pick({ id: true }),
    output: returns<{ sha256: string; name: string; url: string }>(),
    permission: 'documents.read',
    isWrite: false,
  }),
  /** Opens an attachment with the system's program (Word, Excel …). */
  'attachments.open': method({
    input: openAttachmentInput,
    output: returns<{ opened: boolean }>(),
    permission: 'documents.read',
    isWrite: false,
  }),
};
