import { rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { z } from 'zod';
import { CONTRACT } from '@shared/contract';
import type { AppInfo, RunMode } from '@shared/contract/app';
import type { RecoveryCandidate, RecoveryStatus } from '@shared/contract/recovery';
import type { ApiResult } from '@shared/contract/result';
import { AppError, ERROR_MESSAGES } from '@shared/errors';
import { todayIso } from '@shared/text/dates';
import { validationError, type Dispatch } from '../../api/router';
import { PRODUCT_NAME, VERSION } from '../../api/version';
import { recoveryFolders } from '../backup/backup-config';
import { type BackupManifest, toBackupInfo } from '../backup/backup-manifest';
import { keyForManifest, listManifests, verifyBackup } from '../backup/backup-reader';
import { prepareDatabase, restoreAttachments, swapDatabaseFile } from '../backup/backup-restore';
import { dataPaths } from '../paths';

/** Written beside the database after a recovery, so the next normal start records it in the audit trail. */
export const RECOVERY_MARKER = 'khoi-phuc.json';

export interface RecoveryOptions {
  dataDir: string;
  mode: RunMode;
  /** Why the database failed its start-up check (Vietnamese). */
  problem: string;
  today?: string | undefined;
  nativeBinding?: string | undefined;
  /** Called once the backup is in place: the host starts the normal app (browser mode) or relaunches (Electron). */
  onRestored(): void;
}

const SERVED = new Set(['app.info', 'recovery.status', 'recovery.restore']);

/**
 * The API while the database is damaged: app.info, the backups found, and restoring one. No
 * accounts (they live in the damaged file); transports still apply their own checks (our window in
 * Electron, the per-launch token on 127.0.0.1 in browser mode). Every other method answers
 * DATABASE_DAMAGED, so the app never runs on a damaged file.
 */
export function createRecoveryDispatch(options: RecoveryOptions): Dispatch {
  const paths = dataPaths(options.dataDir);
  const candidates = new Map<string, { folder: string; manifest: BackupManifest }>();

  /** Lists every backup found, newest first, and checks them from the newest down until one is good. */
  async function status(extraFolder: string | null): Promise<RecoveryStatus> {
    candidates.clear();
    const folders = extraFolder && isAbsolute(extraFolder) ? [extraFolder, ...recoveryFolders(paths)] : recoveryFolders(paths);
    for (const folder of folders) {
      for (const manifest of listManifests(folder)) if (!candidates.has(manifest.id)) candidates.set(manifest.id, { folder, manifest });
    }
    const ordered = [...candidates.values()].sort((a, b) => b.manifest.createdAt - a.manifest.createdAt);
    const found: RecoveryCandidate[] = [];
    let hasGood = false;
    for (const { folder, manifest } of ordered) {
      const check = hasGood
        ? null
        : await verifyBackup(folder, manifest.id, null, paths.tmp, { nativeBinding: options.nativeBinding, isQuick: true });
      if (check?.isValid) hasGood = true;
      found.push({ ...toBackupInfo(manifest), folder, isVerified: check?.isValid === true, problems: check?.problems ?? [] });
    }
    return { isRecoveryMode: true, problem: options.problem, candidates: found };
  }

  async function restore(input: { id: string; passphrase: string | null }) {
    if (candidates.size === 0) await status(null);
    const candidate = candidates.get(input.id);
    if (!candidate) throw new AppError('NOT_FOUND', 'Không tìm thấy bản sao lưu này.');
    const { folder, manifest } = candidate;
    const key = manifest.encryption && input.passphrase ? keyForManifest(manifest, input.passphrase) : null;
    const prepared = await prepareDatabase(folder, manifest, key, paths, options.nativeBinding);
    try {
      await restoreAttachments(folder, manifest, key, paths);
      const damagedCopy = swapDatabaseFile(paths, prepared, Date.now());
      const restored = toBackupInfo(manifest);
      writeFileSync(join(paths.dataDir, RECOVERY_MARKER), JSON.stringify({ restored, damagedCopy, problem: options.problem }));
      setTimeout(options.onRestored, 50);
      return { restored, damagedCopy };
    } finally {
      rmSync(prepared, { force: true });
    }
  }

  function info(): AppInfo {
    return {
      productName: PRODUCT_NAME,
      version: VERSION,
      schemaVersion: 0,
      dataDir: paths.dataDir,
      mode: options.mode,
      today: options.today ?? todayIso(new Date()),
      isSetUp: false,
      recovery: { problem: options.problem },
    };
  }

  return async (method, input): Promise<ApiResult<unknown>> => {
    if (!Object.hasOwn(CONTRACT, method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: ERROR_MESSAGES.UNKNOWN_METHOD } };
    if (!SERVED.has(method)) return { ok: false, error: { code: 'DATABASE_DAMAGED', message: options.problem } };
    const schema = CONTRACT[method as keyof typeof CONTRACT].input as z.ZodType;
    const parsed = schema.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    try {
      if (method === 'app.info') return { ok: true, value: info() };
      if (method === 'recovery.status') return { ok: true, value: await status((parsed.data as { folder: string | null }).folder) };
      return { ok: true, value: await restore(parsed.data as { id: string; passphrase: string | null }) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toPayload() };
      return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
    }
  };
}
