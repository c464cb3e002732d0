import type { ApiInput, ApiMethod, ApiOutput } from '@shared/contract';
import type { RecordsBridge } from '@shared/contract/bridge';
import type { ApiEventName, ApiEvents } from '@shared/contract/events';
import { AppError } from '@shared/errors';
import { createHttpBridge } from './http-bridge';

let bridge: RecordsBridge | null = null;

/** The Electron preload's window.api when present, else browser mode's HTTP transport. */
function getBridge(): RecordsBridge {
  bridge ??= window.api ?? createHttpBridge();
  return bridge;
}

/** Replaces the transport (tests use a fake bridge over real handlers or canned answers). */
export function setBridge(next: RecordsBridge | null): void {
  bridge = next;
}

type SessionListener = (code: 'UNAUTHENTICATED' | 'SESSION_LOCKED') => void;
const sessionListeners = new Set<SessionListener>();

/**
 * Tells the auth store when the server says the session is gone or locked (idle lock, password
 * reset, restore), so the login or lock screen appears. Sign-in methods themselves are left out:
 * their UNAUTHENTICATED means a wrong password.
 */
export function onSessionProblem(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Calls a method; resolves with its value or throws AppError with a Vietnamese message. */
export async function call<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  const result = await getBridge().invoke(method, input);
  if (!result.ok) {
    const code = result.error.code;
    if ((code === 'UNAUTHENTICATED' || code === 'SESSION_LOCKED') && !method.startsWith('auth.')) {
      for (const listener of sessionListeners) listener(code);
    }
    throw new AppError(code, result.error.message, { fields: result.error.fields ?? {} });
  }
  return result.value;
}

/** Like call, but returns { data } or { error } instead of throwing. */
export async function tryCall<K extends ApiMethod>(
  method: K,
  input: ApiInput<K>,
): Promise<{ data: ApiOutput<K>; error?: undefined } | { data?: undefined; error: AppError }> {
  try {
    return { data: await call(method, input) };
  } catch (error) {
    return { error: error instanceof AppError ? error : new AppError('INTERNAL') };
  }
}

export function subscribe<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
  return getBridge().on(event, listener);
}
