import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from './window-state';

/** Size, position and look of the main window (its webPreferences are written out in main-window.ts). */
export function mainWindowGeometry(state: WindowState): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'VănThư',
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: false,
  };
}
