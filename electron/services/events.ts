import type { ApiEventName, ApiEvents } from '@shared/contract/events';

type Listener = (event: ApiEventName, payload: unknown) => void;

/** In-process fan-out of push events to every transport (IPC windows, SSE clients). */
export interface EventBus {
  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void;
  subscribe(listener: Listener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<Listener>();
  return {
    emit(event, payload) {
      for (const listener of listeners) {
        try {
          listener(event, payload);
        } catch {
          // A broken transport must not stop the others or the write that emitted the event.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
