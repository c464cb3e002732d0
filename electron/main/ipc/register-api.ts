import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '@shared/contract/bridge';
import { ERROR_MESSAGES } from '@shared/errors';
import type { SessionRef, TransportDispatch } from '../../api/runtime';
import type { EventBus } from '../../services/events';
import { isTrustedRendererUrl } from '../security';

export interface RegisterApiOptions {
  /** Resolves each window's session per call (runtime.dispatchFor('ipc'), or the recovery dispatch). */
  dispatch: TransportDispatch;
  events: EventBus;
  appUrl: string;
  /** Ends a session when its window goes away. */
  endSession?: (sessionId: string) => void;
}

/**
 * Binds the contract to the one IPC channel: the sender frame is checked against our own renderer
 * URL, then the router does allowlist → permission → validation → handler, with the session of the
 * sending window (one session per window, kept here in main and never sent to the renderer).
 * Push events go to every window on the event channel. Returns a function that removes both.
 */
export function registerApi(options: RegisterApiOptions): () => void {
  const sessions = new Map<number, string>();
  const watched = new Set<number>();

  function refFor(sender: WebContents): SessionRef {
    return {
      id: sessions.get(sender.id) ?? null,
      bind(sessionId) {
        const previous = sessions.get(sender.id);
        if (previous && previous !== sessionId) options.endSession?.(previous);
        if (sessionId === null) sessions.delete(sender.id);
        else sessions.set(sender.id, sessionId);
        if (!watched.has(sender.id)) {
          watched.add(sender.id);
          sender.once('destroyed', () => {
            const id = sessions.get(sender.id);
            if (id) options.endSession?.(id);
            sessions.delete(sender.id);
            watched.delete(sender.id);
          });
        }
      },
    };
  }

  ipcMain.handle(IPC_INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    if (!isTrustedRendererUrl(event.senderFrame?.url, options.appUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN } };
    }
    return options.dispatch(String(method), input, refFor(event.sender));
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
