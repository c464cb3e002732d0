import { hasFlag, stringFlag } from '../args';
import type { CliCommand } from '../command';
import { VERSION } from '../../api/version';
import { backupKeyOf } from '../../services/backup/backup-config';
import { toBackupInfo } from '../../services/backup/backup-manifest';
import { rotateBackups } from '../../services/backup/backup-reader';
import { createBackup } from '../../services/backup/backup-writer';
import { openRuntime } from '../runtime-for-cli';

export const backupCreateCommand: CliCommand = {
  words: ['backup'],
  summary: 'Sao lưu ngay (cơ sở dữ liệu và tệp đính kèm), kiểm tra bản sao, xoay vòng bản cũ',
  usage: 'vanthu backup [--folder DIR] [--data-dir DIR] [--json]',
  booleanFlags: ['json'],
  async run(args, io) {
    const runtime = await openRuntime(args);
    try {
      const folder = stringFlag(args, 'folder') ?? runtime.security.backup.folder();
      const now = runtime.ctx.clock.now();
      const manifest = await createBackup({
        dataDir: runtime.ctx.paths.dataDir,
        folder,
        kind: 'manual',
        key: backupKeyOf(runtime.ctx),
        appVersion: VERSION,
        now,
      });
      rotateBackups(folder, now);
      const info = toBackupInfo(manifest);
      if (hasFlag(args, 'json')) io.out(JSON.stringify({ ...info, folder }, null, 2));
      else io.out(`Đã sao lưu: ${folder}/${info.id} (${info.fileCount} tệp đính kèm${info.isEncrypted ? ', đã mã hóa' : ''}).`);
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
