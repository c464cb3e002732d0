import { readFileSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { openDatabase } from '../../db/connection';
import { getSetting } from '../../db/repositories/settings-repository';
import { keyForManifest, readManifest } from '../../services/backup/backup-reader';
import { prepareDatabase, restoreAttachments, swapDatabaseFile } from '../../services/backup/backup-restore';
import { dataPaths, resolveDataDir } from '../../services/paths';
import { hasFlag, stringFlag } from '../args';
import type { CliCommand, CliIo } from '../command';
import { callApi, openRuntime } from '../runtime-for-cli';

/** The passphrase of an encrypted backup: from a file or VANTHU_BACKUP_PASSPHRASE, never from the command line (ps shows it). */
function passphraseFrom(file: string | undefined): string | null {
  if (file) return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  return process.env.VANTHU_BACKUP_PASSPHRASE || null;
}

/** The folder to restore from: --folder, else the configured one (the default folder when the database cannot be read). */
function folderFor(dataDir: string, flag: string | undefined): string {
  if (flag) return flag;
  const paths = dataPaths(dataDir);
  try {
    const db = openDatabase(paths.database, { readonly: true });
    try {
      return getSetting<{ folder?: string | null }>(db, 'backup')?.folder ?? paths.backups;
    } finally {
      db.close();
    }
  } catch {
    return paths.backups;
  }
}

/** Recovery without the app: the damaged file is kept beside, the verified copy renamed into place. */
async function recoverDamaged(dataDir: string, folder: string, id: string, passphrase: string | null, io: CliIo): Promise<number> {
  const paths = dataPaths(dataDir);
  const manifest = readManifest(folder, id);
  if (!manifest) throw new AppError('NOT_FOUND', `Không tìm thấy bản sao lưu ${id} trong ${folder}.`);
  const key = manifest.encryption && passphrase ? keyForManifest(manifest, passphrase) : null;
  const prepared = await prepareDatabase(folder, manifest, key, paths);
  await restoreAttachments(folder, manifest, key, paths);
  const damaged = swapDatabaseFile(paths, prepared, Date.now());
  io.out(`Đã khôi phục từ ${id}. Tệp cơ sở dữ liệu hỏng được giữ lại: ${damaged}`);
  return 0;
}

export const restoreCommand: CliCommand = {
  words: ['restore'],
  summary: 'Khôi phục dữ liệu từ một bản sao lưu (dữ liệu hiện tại được sao lưu trước)',
  usage: 'vanthu restore <mã bản sao lưu> --yes [--folder DIR] [--passphrase-file FILE] [--data-dir DIR]',
  booleanFlags: ['yes'],
  async run(args, io) {
    const id = args.positional[0];
    if (!id) throw new AppError('VALIDATION', 'Thiếu mã bản sao lưu, ví dụ: vanthu restore 2024-11-20_173000_daily --yes');
    if (!hasFlag(args, 'yes')) {
      io.err('Khôi phục sẽ thay toàn bộ dữ liệu hiện tại (dữ liệu hiện tại được sao lưu trước). Thêm --yes để thực hiện.');
      return 2;
    }
    const dataDir = resolveDataDir(stringFlag(args, 'data-dir'));
    const folder = folderFor(dataDir, stringFlag(args, 'folder'));
    const passphrase = passphraseFrom(stringFlag(args, 'passphrase-file'));
    let runtime: Awaited<ReturnType<typeof openRuntime>>;
    try {
      runtime = await openRuntime(args);
    } catch (error) {
      if (error instanceof AppError && error.code === 'DATABASE_DAMAGED') return recoverDamaged(dataDir, folder, id, passphrase, io);
      throw error;
    }
    try {
      if (stringFlag(args, 'folder')) await callApi(runtime, 'backup.configure', { folder });
      const result = await callApi(runtime, 'backup.restore', { id, passphrase, confirm: true });
      io.out(result.message);
      io.out(JSON.stringify({ restored: result.restored.id, safetyBackup: result.safetyBackup.id }));
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
