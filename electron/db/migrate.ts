import { copyFileSync, existsSync } from 'node:fs';
import { AppError } from '@shared/errors';
import type { Db } from './connection';
import { MIGRATIONS, type Migration } from './migrations';

export interface MigrateResult {
  from: number;
  to: number;
  backupPath: string | null;
}

export function currentVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

/**
 * Brings the database to the latest schema (STYLE.md §9.5): versions must strictly increase; a
 * database newer than the app is refused; the file is copied before the first pending migration;
 * each migration and its user_version bump run in one transaction.
 */
export function migrate(
  db: Db,
  options: { file?: string; migrations?: readonly Migration[]; log?: (line: string) => void; now?: () => number } = {},
): MigrateResult {
  const migrations = options.migrations ?? MIGRATIONS;
  const log = options.log ?? (() => {});
  assertIncreasing(migrations);
  const from = currentVersion(db);
  const latest = latestVersion(migrations);
  if (from > latest) {
    throw new AppError(
      'DATABASE_TOO_NEW',
      `Cơ sở dữ liệu ở phiên bản ${from}, mới hơn phiên bản ${latest} mà VănThư này hiểu được. Hãy cài phiên bản VănThư mới hơn; dữ liệu không bị thay đổi.`,
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupPath: null };

  let backupPath: string | null = null;
  if (options.file && from > 0 && existsSync(options.file)) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    backupPath = `${options.file}.v${from}-${(options.now ?? Date.now)()}.bak`;
    copyFileSync(options.file, backupPath);
    log(`Đã sao lưu trước khi nâng cấp: ${backupPath}`);
  }
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    log(`Đã nâng cấp cơ sở dữ liệu lên phiên bản ${migration.version} (${migration.name}).`);
  }
  return { from, to: latest, backupPath };
}

function assertIncreasing(migrations: readonly Migration[]): void {
  let last = 0;
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version <= last) {
      throw new Error(`Migration versions must strictly increase: ${m.version} after ${last}`);
    }
    last = m.version;
  }
}
