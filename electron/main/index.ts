import { join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { createRuntime, type Runtime } from '../api/runtime';
import { parseArgs, stringFlag } from '../cli/args';
import { resolveDataDir } from '../services/paths';
import { registerApi } from './ipc/register-api';
import { installMenu } from './menu';
import { APP_URL, registerAppScheme, serveRenderer } from './renderer-protocol';
import { createMainWindow } from './window/main-window';

/**
 * App lifecycle: one instance → open the database and migrate → serve the renderer → register the
 * API → create the window. Everything else lives in Electron-free modules.
 */
const args = parseArgs(process.argv.slice(1));
const rendererDir = join(__dirname, '..', 'renderer');
const appUrl = process.env.ELECTRON_RENDERER_URL ?? APP_URL;
let runtime: Runtime | null = null;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.whenReady().then(start, fail);
}

function start(): void {
  const dataDir = resolveDataDir(stringFlag(args, 'data-dir'));
  app.setPath('userData', dataDir);
  runtime = createRuntime({
    dataDir,
    mode: 'electron',
    today: stringFlag(args, 'today'),
    nativeBinding:
      process.env.VANTHU_SQLITE_BINDING ?? (app.isPackaged ? join(process.resourcesPath, 'native', 'better_sqlite3.node') : undefined),
    log: (message, error) => console.error(message, error ?? ''),
    native: {
      async openPath(path) {
        const error = await shell.openPath(path);
        if (error) throw new Error(error);
      },
    },
  });
  if (!process.env.ELECTRON_RENDERER_URL) serveRenderer(rendererDir, runtime.ctx);
  installMenu();
  registerApi({ dispatch: runtime.dispatch, events: runtime.events, appUrl });
  const openWindow = () => createMainWindow({ appUrl, preloadDir: join(__dirname, '..', 'preload'), stateDir: dataDir });
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function fail(error: unknown): void {
  dialog.showErrorBox('VănThư không khởi động được', error instanceof Error ? error.message : String(error));
  app.quit();
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  void runtime?.close();
});
