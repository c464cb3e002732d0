import { AppError } from '@shared/errors';
import type { CallRecord, Intercept } from '../../api/router';
import { writeTransaction } from '../../db/connection';
import type { ServiceContext } from '../context';
import { appendAudit } from './audit-log';
import { redact } from './audit-redact';
import { attachmentDocument, captureSubject } from './audit-subjects';

/**
 * Write methods whose handlers wait for other threads (backups and the search reindex run in a worker; printing the files of
 * an issued document waits for the PDF printer). They cannot share
 * one SQLite transaction with their audit row, so the row is appended right after they finish.
 * Every other write handler must be synchronous: the interceptor refuses a promise from one.
 */
export const ASYNC_WRITE_METHODS: ReadonlySet<string> = new Set([
  'backup.create',
  'backup.restore',
  'outgoing.renderFiles',
  'search.reindex',
  'years.close',
]);

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * The audit trail's hook on the router. A write runs inside one IMMEDIATE transaction together with
 * its audit row (the services' own transactions become savepoints), so after a power cut either
 * both exist or neither. Opening a secret document is recorded as well.
 */
export function createAuditIntercept(ctx: ServiceContext): Intercept {
  return (info, next) => {
    if (!info.def.isWrite) {
      const value = next();
      return isPromiseLike(value)
        ? Promise.resolve(value).then((v) => auditRead(ctx, info.method, info.input, v, info.call))
        : auditRead(ctx, info.method, info.input, value, info.call);
    }
    if (ASYNC_WRITE_METHODS.has(info.method)) {
      return Promise.resolve(next()).then((value) => {
        appendAudit(ctx, {
          action: info.method,
          outcome: 'ok',
          call: info.call,
          subjectType: info.method.split('.')[0] ?? null,
          details: { input: redact(info.input), after: redact(value) },
        });
        return value;
      });
    }
    return writeTransaction(ctx.db, () => {
      const subject = captureSubject(ctx, info.method, info.input);
      const value = next();
      if (isPromiseLike(value)) throw new AppError('INTERNAL', `${info.method}: a write handler must be synchronous`);
      const { id, after, isSecret } = subject.after(value);
      appendAudit(ctx, {
        action: info.method,
        outcome: 'ok',
        call: info.call,
        subjectType: subject.type,
        subjectId: id,
        isSecret,
        details: {
          input: redact(info.input),
          ...(subject.before === undefined ? {} : { before: redact(subject.before) }),
          ...(after === undefined ? {} : { after: redact(after) }),
        },
      });
      return value;
    });
  };
}

/** Reads are not audited, except opening a secret document or one of its files. */
function auditRead(
  ctx: ServiceContext,
  method: string,
  input: unknown,
  value: unknown,
  call: Parameters<typeof appendAudit>[1]['call'],
): unknown {
  if (method === 'incoming.get' && typeof value === 'object' && value !== null && (value as { secrecy?: unknown }).secrecy != null) {
    const id = (value as { id: number }).id;
    appendAudit(ctx, {
      action: method,
      outcome: 'ok',
      call,
      subjectType: 'incoming',
      subjectId: id,
      isSecret: true,
      details: { note: 'Mở văn bản mật' },
    });
  }
  if (method === 'attachments.open') {
    const attachmentId = (input as { attachmentId: number }).attachmentId;
    const document = attachmentDocument(ctx, attachmentId);
    if (document?.isSecret) {
      appendAudit(ctx, {
        action: method,
        outcome: 'ok',
        call,
        subjectType: 'incoming',
        subjectId: document.documentId,
        isSecret: true,
        details: { note: `Mở tệp đính kèm của văn bản mật (tệp số ${attachmentId})` },
      });
    }
  }
  return value;
}

/** The router's onCall hook: a call refused for lack of permission is a security event worth a row. */
export function createRefusalRecorder(ctx: ServiceContext, log: (message: string, error?: unknown) => void): (record: CallRecord) => void {
  return (record) => {
    if (record.errorCode !== 'FORBIDDEN') return;
    try {
      appendAudit(ctx, {
        action: record.method,
        outcome: 'refused',
        call: record.call,
        subjectType: record.method.split('.')[0] ?? null,
        details: { input: redact(record.input), error: { code: 'FORBIDDEN', message: 'Không có quyền' } },
      });
    } catch (error) {
      log('Không ghi được nhật ký từ chối quyền', error);
    }
  };
}
