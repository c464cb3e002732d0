import type { RecordsBridge } from '@shared/contract/bridge';
import type { ApiResult } from '@shared/contract/result';
import type { Runtime, SessionRef } from '../../electron/api/runtime';

/**
 * A RecordsBridge over a real runtime: renderer tests exercise the real router, services and SQLite.
 * By default it calls as the machine's administrator (transport 'test'); with `withSessions` it
 * behaves like a browser: no session until the screens sign in, then the signed-in user's.
 */
export function runtimeBridge(runtime: Runtime, options: { withSessions?: boolean } = {}): RecordsBridge {
  const ref: SessionRef = {
    id: null,
    bind(id) {
      ref.id = id;
    },
  };
  const viaSession = runtime.dispatchFor('http');
  return {
    invoke(method, input) {
      const copy = structuredClone(input);
      const result = options.withSessions
        ? viaSession(method, copy, ref)
        : runtime.dispatch(method, copy, { transport: 'test', session: null });
      return result as Promise<ApiResult<never>>;
    },
    on(event, listener) {
      return runtime.events.subscribe((name, payload) => {
        if (name === event) (listener as (p: unknown) => void)(structuredClone(payload));
      });
    },
  };
}
