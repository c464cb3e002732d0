import { join } from 'node:path';
import { BrowserWindow, shell } from 'electron';
import { isSafeExternalUrl, isTrustedRendererUrl } from '../security';
import { mainWindowGeometry } from './window-options';
import { loadWindowState, saveWindowState } from './window-state';

export interface MainWindowOptions {
  appUrl: string;
  preloadDir: string;
  stateDir: string;
}

/**
 * Creates the main window: hardened options (Electron security checklist; written out literally so
 * electronegativity can read them), the last size and position, navigation and new windows blocked,
 * external links opened in the system browser only when they pass isSafeExternalUrl.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(options.stateDir);
  const window = new BrowserWindow({
    ...mainWindowGeometry(state),
    webPreferences: {
      preload: join(options.preloadDir, 'index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
    },
  });
  if (state.isMaximized) window.maximize();

  window.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url, options.appUrl)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isTrustedRendererUrl(url, options.appUrl)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Only http(s) and mailto links without credentials reach the system browser (docs/SECURITY.md, OPEN_EXTERNAL).
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    saveWindowState(options.stateDir, { ...bounds, isMaximized: window.isMaximized() });
  });
  void window.loadURL(options.appUrl);
  return window;
}
