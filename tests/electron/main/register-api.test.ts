import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronMock } from './electron-mock';

const electron = createElectronMock();
vi.mock('electron', () => electron.module);

const { registerApi } = await import('../../../electron/main/ipc/register-api');
const { createEventBus } = await import('../../../electron/services/events');

const APP_URL = 'vanthu://app/index.html';

/** A webContents as far as the IPC handler uses it: its id and its 'destroyed' event. */
function fakeSender(id: number) {
  const listeners: Array<() => void> = [];
  return {
    id,
    once(event: string, listener: () => void) {
      if (event === 'destroyed') listeners.push(listener);
    },
    destroy() {
      for (const listener of listeners.splice(0)) listener();
    },
  };
}

describe('registerApi (main process IPC)', () => {
  const dispatch = vi.fn(async (_method: string, _input: unknown, _ref: { id: string | null; bind(id: string | null): void }) => ({
    ok: true as const,
    value: 'ok',
  }));
  const events = createEventBus();
  const disposers: Array<() => void> = [];
  beforeEach(() => {
    dispatch.mockClear();
  });
  afterEach(() => {
    for (const dispose of disposers.splice(0)) dispose();
  });

  it('registers exactly one invoke channel', () => {
    disposers.push(registerApi({ dispatch, events, appUrl: APP_URL }));
    expect([...electron.ipcHandlers.keys()]).toEqual(['vanthu:invoke']);
  });

  it('passes calls from our own renderer to the router with the session of that window', async () => {
    disposers.push(registerApi({ dispatch, events, appUrl: APP_URL }));
    const handler = electron.ipcHandlers.get('vanthu:invoke');
    const sender = fakeSender(7);
    const result = await handler?.({ senderFrame: { url: 'vanthu://app/index.html#/danh-muc' }, sender }, 'units.list', {
      includeInactive: true,
    });
    expect(result).toEqual({ ok: true, value: 'ok' });
    expect(dispatch).toHaveBeenCalledWith('units.list', { includeInactive: true }, expect.objectContaining({ id: null }));
  });

  it('keeps one session per window, never shared, and ends it when the window closes', async () => {
    const ended: string[] = [];
    disposers.push(registerApi({ dispatch, events, appUrl: APP_URL, endSession: (id) => ended.push(id) }));
    const handler = electron.ipcHandlers.get('vanthu:invoke');
    const one = fakeSender(1);
    const two = fakeSender(2);
    const frame = { url: 'vanthu://app/index.html' };
    dispatch.mockImplementationOnce(async (_m: string, _i: unknown, ref: { bind(id: string | null): void }) => {
      ref.bind('session-of-window-1');
      return { ok: true as const, value: 'ok' };
    });
    await handler?.({ senderFrame: frame, sender: one }, 'auth.login', {});
    await handler?.({ senderFrame: frame, sender: one }, 'units.list', {});
    await handler?.({ senderFrame: frame, sender: two }, 'units.list', {});
    const refs = dispatch.mock.calls.map((c) => (c as unknown as [string, unknown, { id: string | null }])[2].id);
    expect(refs).toEqual([null, 'session-of-window-1', null]);
    one.destroy();
    expect(ended).toEqual(['session-of-window-1']);
    await handler?.({ senderFrame: frame, sender: one }, 'units.list', {});
    expect((dispatch.mock.calls.at(-1) as unknown as [string, unknown, { id: string | null }])[2].id).toBeNull();
  });

  it('rejects a foreign sender without calling the router', async () => {
    disposers.push(registerApi({ dispatch, events, appUrl: APP_URL }));
    const handler = electron.ipcHandlers.get('vanthu:invoke');
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'vanthu://other/index.html', undefined]) {
      const result = await handler?.({ senderFrame: url === undefined ? null : { url } }, 'units.list', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('forwards push events to every window and stops when disposed', () => {
    const dispose = registerApi({ dispatch, events, appUrl: APP_URL });
    const window = new electron.module.BrowserWindow({});
    events.emit('directory.changed', { entity: 'units' });
    expect(window.webContents.send).toHaveBeenCalledWith('vanthu:event', 'directory.changed', { entity: 'units' });
    dispose();
    events.emit('directory.changed', { entity: 'people' });
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    expect(electron.ipcHandlers.size).toBe(0);
  });
});
