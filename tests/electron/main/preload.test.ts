import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createElectronMock } from './electron-mock';

const electron = createElectronMock();
vi.mock('electron', () => electron.module);

let exposed: unknown[][] = [];

describe('preload', () => {
  beforeAll(async () => {
    await import('../../../electron/preload/index');
    exposed = [...electron.module.contextBridge.exposeInMainWorld.mock.calls];
  });

  it('exposes only window.api with invoke and on', () => {
    expect(exposed).toHaveLength(1);
    const [name, api] = exposed[0] ?? [];
    expect(name).toBe('api');
    expect(Object.keys(api as object).sort()).toEqual(['invoke', 'on']);
  });

  it('refuses method names outside the contract before they reach IPC', async () => {
    const [, api] = exposed[0] ?? [];
    const bridge = api as { invoke(method: string, input: unknown): Promise<unknown> };
    await expect(bridge.invoke('fs.readFile', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(electron.module.ipcRenderer.invoke).not.toHaveBeenCalled();
    await expect(bridge.invoke('units.list', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(electron.module.ipcRenderer.invoke).toHaveBeenCalledWith('vanthu:invoke', 'units.list', {});
  });
});
