import { vi } from 'vitest';

/**
 * The one mock the project allows: the 'electron' module, which cannot load outside Electron
 * (TOOLCHAIN gotcha 4). It records what the main process asks Electron to do.
 */
export interface FakeWebContents {
  handlers: Map<string, (...args: unknown[]) => unknown>;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
  send: ReturnType<typeof vi.fn>;
  on(event: string, handler: (...args: unknown[]) => unknown): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void;
}

export function createElectronMock() {
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const permissionHandlers: { request: unknown; check: unknown } = { request: null, check: null };
  const windows: FakeWindow[] = [];
  const openExternal = vi.fn(async () => {});
  class FakeWindow {
    options: unknown;
    webContents: FakeWebContents;
    loadedUrl: string | null = null;
    constructor(options: unknown) {
      this.options = options;
      const handlers = new Map<string, (...args: unknown[]) => unknown>();
      this.webContents = {
        handlers,
        windowOpenHandler: null,
        send: vi.fn(),
        on(event, handler) {
          handlers.set(event, handler);
        },
        setWindowOpenHandler(handler) {
          this.windowOpenHandler = handler;
        },
      };
      windows.push(this);
    }
    static getAllWindows() {
      return windows;
    }
    maximize() {}
    once() {}
    on() {}
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
  }
  return {
    ipcHandlers,
    protocolHandlers,
    permissionHandlers,
    windows,
    openExternal,
    module: {
      protocol: {
        registerSchemesAsPrivileged: vi.fn(),
        handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler)),
      },
      net: { fetch: vi.fn(async (url: string) => new Response(`contents of ${url}`, { headers: { 'Content-Type': 'text/html' } })) },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn((handler: unknown) => {
            permissionHandlers.request = handler;
          }),
          setPermissionCheckHandler: vi.fn((handler: unknown) => {
            permissionHandlers.check = handler;
          }),
        },
      },
      ipcMain: {
        handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => ipcHandlers.set(channel, handler)),
        removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
      },
      BrowserWindow: FakeWindow,
      shell: { openExternal },
      app: { getVersion: () => '0.1.0', isPackaged: true },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
      contextBridge: { exposeInMainWorld: vi.fn() },
      ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'pong' })), on: vi.fn(), removeListener: vi.fn() },
    },
  };
}
