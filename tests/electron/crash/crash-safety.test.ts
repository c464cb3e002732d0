import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { openCheckedDatabase } from '../../../electron/db/startup-check';
import { dataPaths } from '../../../electron/services/paths';
import { makeTempDir } from '../../helpers/test-runtime';

const ROOT = resolve(__dirname, '..', '..', '..');
const KILLS = 60;

/**
 * Bundles the child (tests/fixtures/scripts/register-many.ts) once with esbuild, so each of the many
 * restarts costs ~0.2 s instead of a TypeScript compile.
 */
function buildChild(): string {
  const esbuild = createRequire(join(ROOT, 'package.json'))('esbuild') as typeof import('esbuild');
  const outDir = join(ROOT, 'tests', '.tmp', 'crash');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'register-many.cjs');
  esbuild.buildSync({
    entryPoints: [join(ROOT, 'tests', 'fixtures', 'scripts', 'register-many.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    alias: { '@shared': join(ROOT, 'shared') },
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

interface Run {
  committed: Array<{ id: number; number: number }>;
  output: string;
}

/** Starts the child, kills it with SIGKILL after `delayMs` (counted from the first commit when `afterFirstCommit`). */
function runAndKill(child: string, dataDir: string, tag: string, delayMs: number, afterFirstCommit: boolean): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const proc: ChildProcess = spawn(process.execPath, [child, dataDir, '100000', tag], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timer: NodeJS.Timeout | null = null;
    const arm = () => {
      timer ??= setTimeout(() => proc.kill('SIGKILL'), delayMs);
    };
    if (!afterFirstCommit) arm();
    proc.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (afterFirstCommit && output.includes('\n')) arm();
    });
    proc.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const guard = setTimeout(() => proc.kill('SIGKILL'), 20_000);
    proc.on('error', reject);
    proc.on('exit', () => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      // Only whole lines count: the kill may cut the last one in half.
      const lines = output.slice(0, output.lastIndexOf('\n') + 1).split('\n');
      const committed = lines.flatMap((line) => {
        const match = /^committed (\d+) (\d+)$/.exec(line);
        return match ? [{ id: Number(match[1]), number: Number(match[2]) }] : [];
      });
      resolveRun({ committed, output });
    });
  });
}

describe('crash safety (power-cut model: SIGKILL at random moments)', () => {
  it(`keeps every reported registration, a sound file and gap-free numbering across ${KILLS} kills`, async () => {
    const child = buildChild();
    const dataDir = makeTempDir('vanthu-crash-');
    const reported = new Map<number, number>();
    let killsMidRun = 0;
    for (let i = 0; i < KILLS; i++) {
      // Most kills land while registering; every fourth anywhere from start-up on (opening, migrating, checking).
      const afterFirstCommit = i % 4 !== 0;
      const run = await runAndKill(child, dataDir, `k${i}`, Math.floor(Math.random() * (afterFirstCommit ? 120 : 400)), afterFirstCommit);
      if (run.committed.length > 0) killsMidRun++;
      for (const { id, number } of run.committed) reported.set(id, number);

      const db = openCheckedDatabase(dataPaths(dataDir).database);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        // Killed before the first migration committed: an empty database, and nothing was reported.
        if ((db.pragma('user_version', { simple: true }) as number) === 0) {
          expect(reported.size).toBe(0);
          continue;
        }
        const rows = db.prepare('SELECT id, number FROM incoming_documents ORDER BY number').all() as Array<{ id: number; number: number }>;
        const stored = new Map(rows.map((row) => [row.id, row.number]));
        for (const [id, number] of reported) expect([id, stored.get(id)]).toEqual([id, number]);
        expect(rows.map((row) => row.number)).toEqual(rows.map((_, index) => index + 1));
        const counter = db.prepare('SELECT max(last_number) AS n FROM series_counters').get() as { n: number | null };
        expect(counter.n ?? 0).toBe(rows.length);
        const audited = db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'incoming.register'").get() as { n: number };
        expect(audited.n).toBe(rows.length);
      } finally {
        db.close();
      }
    }
    expect(killsMidRun).toBeGreaterThanOrEqual(KILLS / 2);
    expect(reported.size).toBeGreaterThan(KILLS);
    const final = openDatabase(dataPaths(dataDir).database, { readonly: true });
    try {
      expect((final.prepare('SELECT count(*) AS n FROM incoming_documents').get() as { n: number }).n).toBeGreaterThanOrEqual(
        reported.size,
      );
    } finally {
      final.close();
    }
  }, 240_000);
});
