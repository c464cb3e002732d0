import type { RecordsBridge } from '@shared/contract/bridge';
import type { ApiResult } from '@shared/contract/result';
import type { Runtime } from '../../electron/api/runtime';

/** A RecordsBridge over a real runtime: renderer tests exercise the real router, services and SQLite. */
export function runtimeBridge(runtime: Runtime): RecordsBridge {
  return {
    invoke(method, input) {
      return runtime.dispatch(method, structuredClone(input), { transport: 'test', session: null }) as Promise<ApiResult<never>>;
    },
    on(event, listener) {
      return runtime.events.subscribe((name, payload) => {
        if (name === event) (listener as (p: unknown) => void)(structuredClone(payload));
      });
    },
  };
}
