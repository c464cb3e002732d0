import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');

/** Loaded only by the method or job that needs them (electron/services/lazy-libraries.ts). */
const HEAVY = [
  'exceljs',
  'pdf-lib',
  'playwright-core',
  'mammoth',
  '@napi-rs/canvas',
  'tesseract.js',
  'pdfjs-dist',
  'docx',
  'pizzip',
  'docxtemplater',
  'iconv-lite',
];

/** The npm packages a module pulls in when it is required, read from require.cache in a fresh Node. */
function packagesLoadedBy(file: string): string[] {
  const probe = `require(${JSON.stringify(join(ROOT, file))});
const seen = new Set();
for (const path of Object.keys(require.cache)) {
  const match = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(path);
  if (match) seen.add(match[1].replace('\\\\', '/'));
}
process.stdout.write(JSON.stringify([...seen]));`;
  const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', probe], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as string[];
}

describe('start-up loads no heavy library (cold start, issue 10)', () => {
  it('the runtime (Electron main, browser mode, CLI) and the browser-mode backend load none of them', () => {
    for (const entry of ['electron/api/runtime.ts', 'electron/server/web-backend.ts']) {
      const loaded = packagesLoadedBy(entry);
      expect(loaded).toContain('better-sqlite3');
      expect([entry, loaded.filter((name) => HEAVY.includes(name))]).toEqual([entry, []]);
    }
  }, 60_000);

  it('the browser-mode server listens before it loads the backend (not even SQLite or zod)', () => {
    const loaded = packagesLoadedBy('electron/server/web-main.ts').filter((name) => name !== 'tsx' && name !== 'esbuild');
    expect(loaded).toEqual([]);
  }, 60_000);

  it('would notice one: the draft Word writer, required directly, brings docx in', () => {
    expect(packagesLoadedBy('electron/exports/docx/draft-to-docx.ts')).toEqual(expect.arrayContaining(['docx']));
  }, 60_000);
});
