import { getAgency } from '../../db/repositories/agency-repository';
import { getBody } from '../../db/repositories/bodies-repository';
import { getIncomingAttachment, listIncomingAttachments } from '../../db/repositories/files-repository';
import { getIncomingRow, rowToRecord } from '../../db/repositories/incoming-repository';
import { getPerson } from '../../db/repositories/people-repository';
import { getSeries } from '../../db/repositories/series-repository';
import { getUnit } from '../../db/repositories/units-repository';
import { getUserRow, rowToUser } from '../../db/repositories/users-repository';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings/settings-service';

/** A kind of record the audit trail can show before and after a write. */
interface SubjectKind {
  load(ctx: ServiceContext, id: number): unknown;
  isSecret?(record: unknown): boolean;
}

function incomingSnapshot(ctx: ServiceContext, id: number): unknown {
  const row = getIncomingRow(ctx.db, id);
  if (!row) return null;
  const attachments = listIncomingAttachments(ctx.db, id).map((a) => ({ name: a.name, sha256: a.sha256, removedAt: a.removedAt }));
  return { ...rowToRecord(row), attachments };
}

const KINDS = {
  incoming: {
    load: incomingSnapshot,
    isSecret: (record) => typeof record === 'object' && record !== null && (record as { secrecy?: unknown }).secrecy != null,
  },
  unit: { load: (ctx, id) => getUnit(ctx.db, id) },
  person: { load: (ctx, id) => getPerson(ctx.db, id) },
  body: { load: (ctx, id) => getBody(ctx.db, id) },
  agency: { load: (ctx) => getAgency(ctx.db) },
  settings: { load: (ctx) => getSettings(ctx) },
  series: { load: (ctx, id) => getSeries(ctx.db, id) },
  user: {
    load: (ctx, id) => {
      const row = getUserRow(ctx.db, id);
      return row ? rowToUser(row) : null;
    },
  },
} satisfies Record<string, SubjectKind>;

export type SubjectType = keyof typeof KINDS;

/**
 * Where a write method finds the id of the record it changes: in its input (edits), in its result
 * (creations), or a single record (agency profile, settings). When adding a write method whose
 * record should appear before/after in the audit trail: add it here. Methods not listed are still
 * audited, with their input and (when it carries an id) their result.
 */
interface MethodSubject {
  type: SubjectType;
  from: 'input' | 'result' | 'single';
  key?: string;
}

const METHOD_SUBJECTS: Readonly<Record<string, MethodSubject>> = {
  'incoming.register': { type: 'incoming', from: 'result' },
  'intake.register': { type: 'incoming', from: 'result' },
  'incoming.update': { type: 'incoming', from: 'input' },
  'incoming.cancel': { type: 'incoming', from: 'input' },
  'incoming.annotate': { type: 'incoming', from: 'input' },
  'attachments.attach': { type: 'incoming', from: 'input', key: 'documentId' },
  'attachments.detach': { type: 'incoming', from: 'input', key: 'documentId' },
  'agency.save': { type: 'agency', from: 'single' },
  'settings.update': { type: 'settings', from: 'single' },
  'units.create': { type: 'unit', from: 'result' },
  'units.update': { type: 'unit', from: 'input' },
  'units.setActive': { type: 'unit', from: 'input' },
  'units.addAlias': { type: 'unit', from: 'input' },
  'people.create': { type: 'person', from: 'result' },
  'people.update': { type: 'person', from: 'input' },
  'people.setActive': { type: 'person', from: 'input' },
  'bodies.create': { type: 'body', from: 'result' },
  'bodies.update': { type: 'body', from: 'input' },
  'bodies.setActive': { type: 'body', from: 'input' },
  'bodies.addAlias': { type: 'body', from: 'input' },
  'series.create': { type: 'series', from: 'result' },
  'users.create': { type: 'user', from: 'result' },
  'users.update': { type: 'user', from: 'input' },
  'users.setActive': { type: 'user', from: 'input' },
  'users.resetPassword': { type: 'user', from: 'input' },
  'users.unlock': { type: 'user', from: 'input' },
  'auth.setupAdmin': { type: 'user', from: 'result', key: 'userId' },
  'auth.changePassword': { type: 'user', from: 'result', key: 'userId' },
};

function idIn(value: unknown, key: string): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as Record<string, unknown>)[key];
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
}

export interface SubjectCapture {
  type: string;
  id: number | null;
  before: unknown;
  /** Reads the record again after the write (call inside the same transaction). */
  after(result: unknown): { id: number | null; after: unknown; isSecret: boolean };
}

/** Starts capturing a write's subject: reads the record before the handler runs. */
export function captureSubject(ctx: ServiceContext, method: string, input: unknown): SubjectCapture {
  const spec = METHOD_SUBJECTS[method];
  if (!spec) {
    const type = method.split('.')[0] ?? method;
    return { type, id: null, before: undefined, after: (result) => ({ id: idIn(result, 'id'), after: undefined, isSecret: false }) };
  }
  const kind: SubjectKind = KINDS[spec.type];
  const key = spec.key ?? 'id';
  const inputId = spec.from === 'input' ? idIn(input, key) : spec.from === 'single' ? 1 : null;
  const before = inputId === null ? undefined : (kind.load(ctx, inputId) ?? undefined);
  return {
    type: spec.type,
    id: inputId,
    before,
    after(result) {
      const id = spec.from === 'result' ? idIn(result, key) : inputId;
      const after = id === null ? undefined : (kind.load(ctx, id) ?? undefined);
      return {
        id: spec.from === 'single' ? null : id,
        after,
        isSecret: kind.isSecret?.(before) === true || kind.isSecret?.(after) === true,
      };
    },
  };
}

/** The document an attachment belongs to, and whether it is secret (opening one is audited). */
export function attachmentDocument(ctx: ServiceContext, attachmentId: number): { documentId: number; isSecret: boolean } | null {
  const attachment = getIncomingAttachment(ctx.db, attachmentId);
  const row = attachment ? getIncomingRow(ctx.db, attachment.documentId) : null;
  return attachment && row ? { documentId: attachment.documentId, isSecret: row.secrecy !== null } : null;
}
