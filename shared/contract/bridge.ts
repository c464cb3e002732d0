import type { ApiEventName, ApiEvents } from './events';
import type { ApiInput, ApiMethod, ApiOutput } from './index';
import type { ApiResult } from './result';

/**
 * What the preload exposes as window.api, and what the browser-mode HTTP transport implements too:
 * one invoke for every method and one subscription for every event. Nothing else crosses.
 */
export interface RecordsBridge {
  invoke<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<ApiOutput<K>>>;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

/** The channel names, with a common prefix (VS Code's 'vscode:' convention). */
export const IPC_INVOKE_CHANNEL = 'vanthu:invoke';
export const IPC_EVENT_CHANNEL = 'vanthu:event';
