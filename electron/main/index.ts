import { join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { AppError } from '@shared/errors';
import { createRuntime, type Runtime, type TransportDispatch } from '../api/runtime';
import { parseArgs, stringFlag } from '../cli/args';
import { createEventBus } from '../services/events';
import type { NativeHost } from '../services/native-host';
import { resolveDataDir } from '../services/paths';
import { createRecoveryDispatch } from '../services/recovery/recovery-dispatch';
import { registerApi } from './ipc/register-api';
import { installMenu } from './menu';
import { electronPdfRenderer } from './print-to-pdf';
import { APP_URL, registerAppScheme, serveRenderer } from './renderer-protocol';
import { denyAllPermissions } from './session-security';
import { createMainWindow } from './window/main-window';

/**
 * App lifecycle: one instance → open the database (quick_check; a damaged file opens the recovery
 * screen instead) and migrate → serve the renderer → register the API → create the window → daily
 * backups; at quit, the exit backup. Everything else lives in Electron-free modules.
 */
const args = parseArgs(process.argv.slice(1));
const rendererDir = join(__dirname, '..', 'renderer');
const appUrl = process.env.ELECTRON_RENDERER_URL ?? APP_URL;
let runtime: Runtime | null = null;
let stopSchedule = () => {};
let isQuitting = false;

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

const native: NativeHost = {
  async openPath(path) {
    const error = await shell.openPath(path);
    if (error) throw new Error(error);
  },
  async pickFolder(title) {
    const result = await dialog.showOpenDialog({ title, properties: ['openDirectory', 'createDirectory'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};

function openData(dataDir: string, nativeBinding: string | undefined): TransportDispatch {
  const events = createEventBus();
  try {
    runtime = createRuntime({
      dataDir,
      mode: 'electron',
      today: stringFlag(args, 'today'),
      nativeBinding,
      log: (message, error) => console.error(message, error ?? ''),
      native,
      pdfRenderer: electronPdfRenderer,
      events,
    });
    stopSchedule = runtime.startBackupSchedule();
    return runtime.dispatchFor('ipc');
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'DATABASE_DAMAGED')) throw error;
    const recovery = createRecoveryDispatch({
      dataDir,
      mode: 'electron',
      problem: error.message,
      nativeBinding,
      onRestored: () => {
        app.relaunch();
        app.exit(0);
      },
    });
    return (method, input) => recovery(method, input, { transport: 'ipc', session: null });
  }
}

function start(): void {
  const dataDir = resolveDataDir(stringFlag(args, 'data-dir'));
  app.setPath('userData', dataDir);
  denyAllPermissions();
  const nativeBinding =
    process.env.VANTHU_SQLITE_BINDING ?? (app.isPackaged ? join(process.resourcesPath, 'native', 'better_sqlite3.node') : undefined);
  const dispatch = openData(dataDir, nativeBinding);
  if (!process.env.ELECTRON_RENDERER_URL) serveRenderer(rendererDir, () => runtime?.ctx ?? null);
  installMenu();
  registerApi({
    dispatch,
    events: runtime?.events ?? createEventBus(),
    appUrl,
    endSession: (id) => runtime?.security.auth.sessions.remove(id),
  });
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

app.on('before-quit', (event) => {
  if (isQuitting || !runtime) return;
  event.preventDefault();
  isQuitting = true;
  stopSchedule();
  void runtime.backupAtExit().finally(() => app.quit());
});

app.on('will-quit', () => {
  void runtime?.close();
});
