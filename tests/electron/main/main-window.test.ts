import { describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../../helpers/test-runtime';
import { createElectronMock } from './electron-mock';

const electron = createElectronMock();
vi.mock('electron', () => electron.module);

const { createMainWindow } = await import('../../../electron/main/window/main-window');
const { buildMenuTemplate } = await import('../../../electron/main/menu');
const { isSafeExternalUrl, isTrustedRendererUrl } = await import('../../../electron/main/security');

const APP_URL = 'vanthu://app/index.html';

describe('main window', () => {
  it('is created with the hardened options', () => {
    createMainWindow({ appUrl: APP_URL, preloadDir: '/app/out/preload', stateDir: makeTempDir() });
    const options = electron.windows.at(-1)?.options as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.js',
    });
    expect(electron.windows.at(-1)?.loadedUrl).toBe(APP_URL);
  });

  it('blocks navigation away from the app and denies new windows', () => {
    createMainWindow({ appUrl: APP_URL, preloadDir: '/p', stateDir: makeTempDir() });
    const contents = electron.windows.at(-1)?.webContents;
    const navigate = contents?.handlers.get('will-navigate');
    const away = { preventDefault: vi.fn() };
    navigate?.(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    navigate?.(inside, 'vanthu://app/index.html#/cai-dat');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(contents?.windowOpenHandler?.({ url: 'https://thuvienphapluat.vn/' })).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledWith('https://thuvienphapluat.vn/');
    electron.openExternal.mockClear();
    expect(contents?.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents?.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('speaks Vietnamese in the menu and hides developer tools when packaged', () => {
    const labels = buildMenuTemplate(true).map((m) => m.label);
    expect(labels).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    expect(JSON.stringify(buildMenuTemplate(true))).not.toContain('toggleDevTools');
    expect(JSON.stringify(buildMenuTemplate(false))).toContain('toggleDevTools');
  });
});

describe('security checks', () => {
  it('trusts only our renderer URL', () => {
    expect(isTrustedRendererUrl('vanthu://app/index.html', APP_URL)).toBe(true);
    expect(isTrustedRendererUrl('vanthu://evil/index.html', APP_URL)).toBe(false);
    expect(isTrustedRendererUrl('custom://app/index.html', APP_URL)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isTrustedRendererUrl('not a url', APP_URL)).toBe(false);
  });

  it('opens only http(s) and mailto links externally', () => {
    expect(isSafeExternalUrl('https://vanban.chinhphu.vn/')).toBe(true);
    expect(isSafeExternalUrl('mailto:vanthu@example.gov.vn')).toBe(true);
    expect(isSafeExternalUrl('file:///C:/Windows/system32/cmd.exe')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
    expect(isSafeExternalUrl('https://user:pass@host/')).toBe(false);
  });
});
