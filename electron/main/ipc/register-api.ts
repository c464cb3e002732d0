import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '@shared/contract/bridge';
import { ERROR_MESSAGES } from '@shared/errors';
import type { Dispatch } from '../../api/router';
import type { EventBus } from '../../services/events';
import { isTrustedRendererUrl } from '../security';

/**
 * Binds the contract to the one IPC channel: the sender frame is checked against our own renderer
 * URL, then the router does allowlist → validation → permission → handler. Push events go to every
 * window on the event channel. Returns a function that removes both.
 */
export function registerApi(options: { dispatch: Dispatch; events: EventBus; appUrl: string }): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    if (!isTrustedRendererUrl(event.senderFrame?.url, options.appUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN } };
    }
    return options.dispatch(String(method), input, { transport: 'ipc', session: null });
  });
  const unsubscribe = options.events.subscribe((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, event, payload);
    }
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    unsubscribe();
  };
}
