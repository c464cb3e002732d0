import type { RecordsBridge } from '@shared/contract/bridge';
import type { ApiEventName } from '@shared/contract/events';
import type { ApiResult } from '@shared/contract/result';
import { ERROR_MESSAGES } from '@shared/errors';

/**
 * Browser mode's transport: POST /api/<method> with the session cookie, and one EventSource on
 * /api/events for pushes. A `data` Uint8Array in the input (a file) is sent as the raw body.
 */
export function createHttpBridge(base = ''): RecordsBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  function ensureEventSource(event: string): void {
    if (!source) source = new EventSource(`${base}/api/events`);
    if (!listeners.has(event)) {
      listeners.set(event, new Set());
      source.addEventListener(event, (message) => {
        const payload = JSON.parse((message as MessageEvent<string>).data) as unknown;
        for (const listener of listeners.get(event) ?? []) listener(payload);
      });
    }
  }

  return {
    async invoke(method, input) {
      try {
        const response = await fetch(`${base}/api/${encodeURIComponent(method)}`, requestFor(input));
        return (await response.json()) as ApiResult<never>;
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
