import { spawn } from 'node:child_process';

/**
 * What the operating system does for us: open a file with its program. Electron main provides
 * shell.openPath; browser mode (which runs on the same PC) starts the platform's opener.
 */
export interface NativeHost {
  openPath(path: string): Promise<void>;
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
