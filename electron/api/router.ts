import type { z } from 'zod';
import { CONTRACT, type Contract, type ApiMethod } from '@shared/contract';
import type { ApiResult } from '@shared/contract/result';
import type { MethodDef } from '@shared/contract/define';
import { AppError, ERROR_MESSAGES, type ApiErrorPayload } from '@shared/errors';
import type { CallContext } from '../services/context';
import { registerLockedError } from '../services/reports/register-lock';
import type { HandlersFor } from './handler-types';

export type ApiHandlers = HandlersFor<Contract>;

/** Decides whether a caller may run a method (electron/services/auth/authorize.ts); null allows it. */
export type Authorize = (method: ApiMethod, def: MethodDef, call: CallContext) => AppError | null;

/** One validated, authorised call on its way to the handler. */
export interface InterceptedCall {
  method: ApiMethod;
  def: MethodDef;
  input: unknown;
  call: CallContext;
}

/**
 * Wraps the handler (the audit trail: a write and its audit row in one transaction). It must call
 * `next` at most once and return (or resolve to) the handler's value.
 */
export type Intercept = (info: InterceptedCall, next: () => unknown) => unknown;

/** What happened on each call, for the audit trail and the logs. */
export interface CallRecord {
  method: string;
  call: CallContext;
  input: unknown;
  ok: boolean;
  errorCode?: string;
  durationMs: number;
}

export interface RouterOptions {
  handlers: ApiHandlers;
  authorize?: Authorize;
  intercept?: Intercept;
  onCall?: (record: CallRecord) => void;
  log?: (message: string, error?: unknown) => void;
}

export type Dispatch = (method: string, input: unknown, call: CallContext) => Promise<ApiResult<unknown>>;

export const allowAll: Authorize = () => null;

/**
 * The one path every call takes, whatever the transport: method allowlist → permission → input
 * validation → handler (through the interceptor) → { ok, value } or { ok: false, error } with a
 * Vietnamese message. The permission comes first so a caller without it learns nothing about the
 * input a method expects. Nothing is written before both pass; a thrown error never escapes.
 */
export function createRouter(options: RouterOptions): Dispatch {
  const authorize = options.authorize ?? allowAll;
  const log = options.log ?? (() => {});
  return async function dispatch(method, input, call) {
    const started = performance.now();
    const result = await run(method, input, call);
    options.onCall?.({
      method,
      call,
      input,
      ok: result.ok,
      ...(result.ok ? {} : { errorCode: result.error.code }),
      durationMs: performance.now() - started,
    });
    return result;
  };

  async function run(method: string, input: unknown, call: CallContext): Promise<ApiResult<unknown>> {
    if (typeof method !== 'string' || !Object.hasOwn(CONTRACT, method)) {
      return failure({ code: 'UNKNOWN_METHOD', message: ERROR_MESSAGES.UNKNOWN_METHOD });
    }
    const name = method as ApiMethod;
    const def = CONTRACT[name] as MethodDef;
    const denied = authorize(name, def, call);
    if (denied) return failure(denied.toPayload());
    const parsed = (def.input as z.ZodType).safeParse(input ?? {});
    if (!parsed.success) return failure(validationError(parsed.error));
    try {
      const handler = options.handlers[name] as (input: unknown, call: CallContext) => unknown;
      const next = () => handler(parsed.data, call);
      const value = await (options.intercept ? options.intercept({ method: name, def, input: parsed.data, call }, next) : next());
      return { ok: true, value: value === undefined ? null : value };
    } catch (error) {
      if (error instanceof AppError) return failure(error.toPayload());
      const locked = registerLockedError(error);
      if (locked) return failure(locked.toPayload());
      log(`Lỗi khi xử lý ${name}`, error);
      return failure({ code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL });
    }
  }
}

function failure(error: ApiErrorPayload): ApiResult<never> {
  return { ok: false, error };
}

/** Turns zod issues into one Vietnamese sentence plus a per-field map for forms. */
export function validationError(error: z.ZodError): ApiErrorPayload {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (!fields[path]) fields[path] = issue.message;
  }
  const messages = [...new Set(Object.values(fields))];
  const message = messages.length === 1 ? messages[0] : `${messages.slice(0, 3).join(' ')}${messages.length > 3 ? ' …' : ''}`;
  return { code: 'VALIDATION', message: message ?? ERROR_MESSAGES.VALIDATION, fields };
}
