import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { BackupCheck, BackupInfo, BackupKind, BackupStatus, RestoreResult } from '@shared/contract/backup';
import { AppError } from '@shared/errors';
import { VERSION } from '../../api/version';
import { migrate } from '../../db/migrate';
import type { ServiceContext } from '../context';
import type { AuditAnchor } from '../audit/audit-verify';
import type { JobRunner } from '../jobs/job-runner';
import type { NativeHost } from '../native-host';
import {
  backupKeyOf,
  effectiveFolder,
  ensureInstallationId,
  readBackupConfig,
  readBackupState,
  writeBackupConfig,
  writeBackupState,
} from './backup-config';
import { deriveBackupKey, serializeKey } from './backup-crypto';
import { type BackupManifest, toBackupInfo } from './backup-manifest';
import { keyForManifest, listManifests, readManifest, rotateBackups, verifyBackup } from './backup-reader';
import { prepareDatabase, replaceLiveDatabase, restoreAttachments } from './backup-restore';
import { createBackup } from './backup-writer';

export interface BackupDeps {
  jobs: JobRunner;
  native: NativeHost;
  nativeBinding?: string | undefined;
  /** Ends every session after a restore: the accounts may have changed. */
  endAllSessions(): void;
}

export interface BackupJobParams {
  folder: string;
  kind: BackupKind;
  key: ReturnType<typeof serializeKey> | null;
  appVersion: string;
  now: number;
  nativeBinding?: string | undefined;
}

export interface BackupService {
  folder(): string;
  status(): BackupStatus;
  configure(input: { folder: string | null; passphrase?: string | null | undefined }): BackupStatus;
  pickFolder(): Promise<{ folder: string | null }>;
  /** Backs up now; in a worker thread unless `inProcess` (at exit the workers are gone). */
  create(kind: BackupKind, inProcess?: boolean): Promise<BackupInfo>;
  verify(input: { id: string; passphrase: string | null }): Promise<BackupCheck>;
  restore(input: { id: string; passphrase: string | null }): Promise<RestoreResult>;
  /** Heads of the audit chain recorded by this installation's backups. */
  anchors(): AuditAnchor[];
}

/** Refuses folders that cannot hold backups: relative, the data folder itself, or not writable. */
function checkFolder(ctx: ServiceContext, folder: string): string {
  if (!isAbsolute(folder)) {
    throw new AppError('VALIDATION', 'Thư mục sao lưu phải là đường dẫn đầy đủ, ví dụ E:\\SaoLuuVanThu.', {
      fields: { folder: 'Nhập đường dẫn đầy đủ.' },
    });
  }
  const target = resolve(folder);
  const inside = relative(resolve(ctx.paths.dataDir), target);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new AppError('VALIDATION', 'Không đặt bản sao lưu trong thư mục dữ liệu của VănThư.', {
      fields: { folder: 'Chọn một thư mục khác.' },
    });
  }
  try {
    mkdirSync(target, { recursive: true });
    const probe = join(target, `.vanthu-thu-ghi-${randomBytes(4).toString('hex')}`);
    writeFileSync(probe, 'ok');
    rmSync(probe);
  } catch {
    throw new AppError('VALIDATION', `Không ghi được vào thư mục "${folder}". Hãy kiểm tra ổ USB hoặc thư mục chia sẻ.`, {
      fields: { folder: 'Không ghi được vào thư mục này.' },
    });
  }
  return target;
}

export function createBackupService(ctx: ServiceContext, deps: BackupDeps): BackupService {
  const folder = () => effectiveFolder(ctx.paths, readBackupConfig(ctx).folder);
  const binding = deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {};

  async function run(kind: BackupKind, inProcess: boolean): Promise<BackupManifest> {
    const key = backupKeyOf(ctx);
    const params: BackupJobParams = {
      folder: folder(),
      kind,
      key: key ? serializeKey(key) : null,
      appVersion: VERSION,
      now: ctx.clock.now(),
      ...binding,
    };
    if (!inProcess) return deps.jobs.run<BackupManifest>('backup.create', params);
    const manifest = await createBackup({
      dataDir: ctx.paths.dataDir,
      folder: params.folder,
      kind,
      key,
      appVersion: VERSION,
      now: params.now,
      ...binding,
    });
    rotateBackups(params.folder, params.now);
    return manifest;
  }

  const service: BackupService = {
    folder,
    status() {
      const config = readBackupConfig(ctx);
      return {
        folder: folder(),
        isDefaultFolder: config.folder === null,
        isEncrypted: config.key !== null,
        canPickFolder: deps.native.pickFolder !== undefined,
        last: readBackupState(ctx),
        backups: listManifests(folder()).map(toBackupInfo),
      };
    },
    configure(input) {
      const current = readBackupConfig(ctx);
      const chosen = input.folder === null ? null : checkFolder(ctx, input.folder);
      const key =
        input.passphrase === undefined ? current.key : input.passphrase === null ? null : serializeKey(deriveBackupKey(input.passphrase));
      writeBackupConfig(ctx, { folder: chosen, key });
      return service.status();
    },
    async pickFolder() {
      if (!deps.native.pickFolder)
        throw new AppError('NOT_SUPPORTED', 'Chế độ trình duyệt không mở được hộp chọn thư mục: hãy gõ đường dẫn.');
      return { folder: await deps.native.pickFolder('Chọn thư mục lưu bản sao lưu') };
    },
    async create(kind, inProcess = false) {
      try {
        const manifest = await run(kind, inProcess);
        writeBackupState(ctx, { at: ctx.clock.now(), isOk: true, message: `Đã sao lưu vào ${folder()}.`, backupId: manifest.id });
        return toBackupInfo(manifest);
      } catch (error) {
        const message = error instanceof AppError ? error.message : 'Sao lưu không thành công.';
        writeBackupState(ctx, { at: ctx.clock.now(), isOk: false, message, backupId: null });
        throw error instanceof AppError ? error : new AppError('INTERNAL', message);
      }
    },
    async verify(input) {
      const manifest = readManifest(folder(), input.id);
      if (!manifest) throw new AppError('NOT_FOUND', 'Không tìm thấy bản sao lưu này trong thư mục sao lưu.');
      const key = manifest.encryption && input.passphrase ? keyForManifest(manifest, input.passphrase) : null;
      return verifyBackup(folder(), input.id, key, ctx.paths.tmp, { nativeBinding: deps.nativeBinding });
    },
    async restore(input) {
      const source = folder();
      const manifest = readManifest(source, input.id);
      if (!manifest) throw new AppError('NOT_FOUND', 'Không tìm thấy bản sao lưu này trong thư mục sao lưu.');
      const key = manifest.encryption && input.passphrase ? keyForManifest(manifest, input.passphrase) : null;
      const prepared = await prepareDatabase(source, manifest, key, ctx.paths, deps.nativeBinding);
      try {
        await restoreAttachments(source, manifest, key, ctx.paths);
        const config = readBackupConfig(ctx);
        const safetyBackup = await service.create('pre-restore', true);
        await replaceLiveDatabase(prepared, ctx.paths.database, deps.nativeBinding);
        migrate(ctx.db, { file: ctx.paths.database });
        writeBackupConfig(ctx, config);
        ensureInstallationId(ctx);
        deps.endAllSessions();
        return {
          restored: toBackupInfo(manifest),
          safetyBackup,
          message: `Đã khôi phục dữ liệu của bản sao lưu ${manifest.id}. Dữ liệu trước đó được giữ trong bản ${safetyBackup.id}. Mọi người cần đăng nhập lại.`,
        };
      } finally {
        rmSync(prepared, { force: true });
      }
    },
    anchors() {
      const installationId = ensureInstallationId(ctx);
      return listManifests(folder()).flatMap((m) =>
        m.installationId === installationId && m.auditHead && m.auditHead.id > 0
          ? [{ id: m.auditHead.id, hash: m.auditHead.hash, createdAt: m.createdAt, source: m.id }]
          : [],
      );
    },
  };
  return service;
}
