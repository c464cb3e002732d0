import type { RecordsBridge } from '@shared/contract/bridge';
import type { ApiEventName } from '@shared/contract/events';
import type { ApiResult } from '@shared/contract/result';
import { ERROR_MESSAGES } from '@shared/errors';

const SIGN_IN_METHODS: ReadonlySet<string> = new Set(['auth.login', 'auth.setupAdmin', 'auth.unlock', 'auth.changePassword']);

/**
 * Browser mode's transport: POST /api/<method> with the session cookie, and one EventSource on
 * /api/events for pushes. A `data` Uint8Array in the input (a file) is sent as the raw body.
 */
export function createHttpBridge(base = ''): RecordsBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  /** The stream needs a signed-in browser, so it opens only once a session is known. */
  let isSignedIn = false;

  function attach(target: EventSource, event: string): void {
    target.addEventListener(event, (message) => {
      const payload = JSON.parse((message as MessageEvent<string>).data) as unknown;
      for (const listener of listeners.get(event) ?? []) listener(payload);
    });
  }

  /** Opens the stream with every event attached; closed by the server (session over), it is retried while signed in. */
  function connect(): void {
    if (source || !isSignedIn || listeners.size === 0) return;
    const next = new EventSource(`${base}/api/events`);
    source = next;
    for (const event of listeners.keys()) attach(next, event);
    next.onerror = () => {
      if (next.readyState !== EventSource.CLOSED) return;
      source = null;
      setTimeout(connect, 2000);
    };
  }

  /** Follows sign-in and sign-out as the API reports them. */
  function noteSession(method: string, result: ApiResult<unknown>): void {
    if (!result.ok && result.error.code !== 'UNAUTHENTICATED') return;
    if (!result.ok || method === 'auth.logout') {
      isSignedIn = false;
      source?.close();
      source = null;
    } else if (SIGN_IN_METHODS.has(method) || (method === 'auth.status' && (result.value as { session?: unknown }).session)) {
      isSignedIn = true;
      connect();
    }
  }

  function ensureEventSource(event: string): void {
    if (!listeners.has(event)) {
      listeners.set(event, new Set());
      if (source) attach(source, event);
    }
    connect();
  }

  return {
    async invoke(method, input) {
      try {
        const response = await fetch(`${base}/api/${encodeURIComponent(method)}`, requestFor(input));
        const result = (await response.json()) as ApiResult<never>;
        noteSession(method, result);
        return result;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: 'Mất kết nối tới VănThư. Hãy kiểm tra chương trình còn đang chạy.' } };
      }
    },
    on(event: ApiEventName, listener) {
      ensureEventSource(event);
      const set = listeners.get(event);
      set?.add(listener as (payload: unknown) => void);
      return () => set?.delete(listener as (payload: unknown) => void);
    },
  };
}

function requestFor(input: unknown): RequestInit {
  if (input && typeof input === 'object' && 'data' in input && (input as { data: unknown }).data instanceof Uint8Array) {
    const { data, ...fields } = input as { data: Uint8Array };
    return {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Api-Input': encodeURIComponent(JSON.stringify(fields)) },
      body: data as Uint8Array<ArrayBuffer>,
    };
  }
  return {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input ?? {}),
  };
}

export const DISCONNECTED_MESSAGE = ERROR_MESSAGES.INTERNAL;
