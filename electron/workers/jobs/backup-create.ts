import type { JobContext } from '../../services/jobs/job-protocol';
import { deserializeKey } from '../../services/backup/backup-crypto';
import type { BackupManifest } from '../../services/backup/backup-manifest';
import { rotateBackups } from '../../services/backup/backup-reader';
import type { BackupJobParams } from '../../services/backup/backup-service';
import { createBackup } from '../../services/backup/backup-writer';

/** A manual or daily backup off the UI thread: copy, verify, rotate. */
export async function backupCreateJob(ctx: JobContext<BackupJobParams>): Promise<BackupManifest> {
  const { params } = ctx;
  const manifest = await createBackup({
    dataDir: ctx.dataDir,
    folder: params.folder,
    kind: params.kind,
    key: params.key ? deserializeKey(params.key) : null,
    appVersion: params.appVersion,
    now: params.now,
    ...(params.nativeBinding ? { nativeBinding: params.nativeBinding } : {}),
    progress: ctx.progress,
    isCancelled: ctx.isCancelled,
  });
  rotateBackups(params.folder, params.now);
  return manifest;
}
