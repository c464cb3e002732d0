import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  isMaximized: boolean;
}

const DEFAULT_STATE: WindowState = { width: 1360, height: 860, isMaximized: false };
const FILE_NAME = 'window-state.json';

/** The window's last size and position, or the defaults when none was saved or the file is damaged. */
export function loadWindowState(dir: string): WindowState {
  try {
    const parsed = JSON.parse(readFileSync(join(dir, FILE_NAME), 'utf8')) as Partial<WindowState>;
    const width = Number(parsed.width);
    const height = Number(parsed.height);
    if (!(width >= 800 && height >= 560)) return DEFAULT_STATE;
    const state: WindowState = { width, height, isMaximized: parsed.isMaximized === true };
    if (Number.isFinite(parsed.x) && Number.isFinite(parsed.y)) {
      state.x = Number(parsed.x);
      state.y = Number(parsed.y);
    }
    return state;
  } catch {
    return DEFAULT_STATE;
  }
}

export function saveWindowState(dir: string, state: WindowState): void {
  try {
    writeFileSync(join(dir, FILE_NAME), JSON.stringify(state));
  } catch {
    // Losing the window position is harmless; never block closing the app on it.
  }
}
