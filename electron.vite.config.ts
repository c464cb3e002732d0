import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const alias = { '@shared': resolve(__dirname, 'shared') };

/**
 * One build for the three Electron parts. The main bundle has four entries: the Electron main
 * process, browser mode's server (web.js), the CLI (cli.js) and the job worker (job-worker.js),
 * all CommonJS with dependencies left external (better-sqlite3 is native). The renderer is split by
 * screen (renderer/src/screens.tsx): index.html loads the shell, sign-in and Trang chủ; every other
 * screen is a chunk in assets/ that loads when first opened.
 */
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          web: resolve(__dirname, 'electron/server/web-main.ts'),
          cli: resolve(__dirname, 'electron/cli/index.ts'),
          'job-worker': resolve(__dirname, 'electron/workers/job-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
      // electron-vite leaves the renderer unminified by default; minified, the first screen's
      // scripts are about a third the size and parse that much sooner (cold start, issue 10).
      minify: true,
      chunkSizeWarningLimit: 1000,
    },
  },
});
