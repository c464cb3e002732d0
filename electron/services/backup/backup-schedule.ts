import { lastAuditRow } from '../../db/repositories/audit-repository';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings/settings-service';
import { readBackupState } from './backup-config';
import { listManifests } from './backup-reader';
import type { BackupService } from './backup-service';

const CHECK_EVERY_MS = 15 * 60_000;
const FIRST_CHECK_MS = 60_000;

function sameLocalDay(a: number, b: number): boolean {
  const x = new Date(a);
  const y = new Date(b);
  return x.getFullYear() === y.getFullYear() && x.getMonth() === y.getMonth() && x.getDate() === y.getDate();
}

/**
 * The daily backup: a minute after start, then every quarter hour, backs up (in a worker) when the
 * setting is on and no backup was made today. Returns a function that stops the timers.
 */
export function startBackupSchedule(
  ctx: ServiceContext,
  backup: BackupService,
  log: (message: string, error?: unknown) => void,
): () => void {
  let isRunning = false;
  const check = async () => {
    if (isRunning || !ctx.db.open || !getSettings(ctx).backupDaily) return;
    const newest = listManifests(backup.folder())[0];
    if (newest && sameLocalDay(newest.createdAt, ctx.clock.now())) return;
    isRunning = true;
    try {
      await backup.create('daily');
    } catch (error) {
      log('Tự động sao lưu hằng ngày không thành công', error);
    } finally {
      isRunning = false;
    }
  };
  const first = setTimeout(() => void check(), FIRST_CHECK_MS);
  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

/**
 * The backup at exit, in-process (worker threads are being stopped). Skipped when the setting is
 * off or nothing was written since the last backup (every write adds an audit row).
 */
export async function backupAtExit(
  ctx: ServiceContext,
  backup: BackupService,
  log: (message: string, error?: unknown) => void,
): Promise<void> {
  if (!ctx.db.open || !getSettings(ctx).backupOnExit) return;
  const head = lastAuditRow(ctx.db)?.id ?? 0;
  const newest = listManifests(backup.folder())[0];
  const state = readBackupState(ctx);
  if (newest && state?.isOk && (newest.auditHead?.id ?? -1) === head) return;
  try {
    await backup.create('exit', true);
  } catch (error) {
    log('Sao lưu khi thoát không thành công', error);
  }
}
