import { spawn } from 'node:child_process';

/**
 * What the operating system does for us: open a file with its program, pick a folder. Electron main
 * provides shell.openPath and dialog.showOpenDialog; browser mode (which runs on the same PC) starts
 * the platform's opener and has no folder picker (the path is typed).
 */
export interface NativeHost {
  openPath(path: string): Promise<void>;
  /** The system's folder picker (desktop app only); null when the user cancels. */
  pickFolder?(title: string): Promise<string | null>;
}

export function nodeNativeHost(platform: NodeJS.Platform = process.platform): NativeHost {
  return {
    openPath(path) {
      const [command, args] =
        platform === 'win32' ? ['cmd', ['/c', 'start', '""', path]] : platform === 'darwin' ? ['open', [path]] : ['xdg-open', [path]];
      return new Promise((resolve, reject) => {
        const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
        child.once('error', reject);
        child.once('spawn', () => {
          child.unref();
          resolve();
        });
      });
    },
  };
}
