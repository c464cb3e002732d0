import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type RecordsBridge } from '@shared/contract/bridge';
import { API_EVENTS } from '@shared/contract/events';
import { isApiMethodName } from '@shared/contract/methods';
import { ERROR_MESSAGES } from '@shared/errors';

/**
 * The only thing the renderer gets: window.api = { invoke, on }. Method names are checked against
 * the contract's list here too (the main process checks again); raw ipcRenderer is never exposed.
 */
export const bridge = {
  invoke(method, input) {
    if (!isApiMethodName(method)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: ERROR_MESSAGES.UNKNOWN_METHOD } });
    }
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input);
  },
  on(event, listener) {
    if (!(API_EVENTS as readonly string[]).includes(event)) return () => {};
    const wrapped = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) (listener as (payload: unknown) => void)(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
    };
  },
} satisfies RecordsBridge;

contextBridge.exposeInMainWorld('api', bridge);
