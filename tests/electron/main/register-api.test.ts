import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronMock } from './electron-mock';

const electron = createElectronMock();
vi.mock('electron', () => electron.module);

const { registerApi } = await import('../../../electron/main/ipc/register-api');
const { createEventBus } = await import('../../../electron/services/events');

const APP_URL = 'vanthu://app/index.html';

describe('registerApi (main process IPC)', () => {
  const dispatch = vi.fn(async () => ({ ok: true as const, value: 'ok' }));
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

  it('passes calls from our own renderer to the router as IPC calls', async () => {
    disposers.push(registerApi({ dispatch, events, appUrl: APP_URL }));
    const handler = electron.ipcHandlers.get('vanthu:invoke');
    const result = await handler?.({ senderFrame: { url: 'vanthu://app/index.html#/danh-muc' } }, 'units.list', { includeInactive: true });
    expect(result).toEqual({ ok: true, value: 'ok' });
    expect(dispatch).toHaveBeenCalledWith('units.list', { includeInactive: true }, { transport: 'ipc', session: null });
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
