import type { backupContract } from '@shared/contract/backup';
import type { recoveryContract } from '@shared/contract/recovery';
import { AppError } from '@shared/errors';
import type { HandlersFor } from '../../api/handler-types';
import type { BackupService } from './backup-service';

export function createBackupHandlers(backup: BackupService): HandlersFor<typeof backupContract> {
  return {
    'backup.status': () => backup.status(),
    'backup.configure': (input) => backup.configure(input),
    'backup.pickFolder': () => backup.pickFolder(),
    'backup.create': () => backup.create('manual'),
    'backup.verify': (input) => backup.verify(input),
    'backup.restore': (input) => backup.restore(input),
  };
}

/** In normal mode the recovery methods say there is nothing to recover (recovery-dispatch.ts serves them otherwise). */
export function createRecoveryHandlers(): HandlersFor<typeof recoveryContract> {
  return {
    'recovery.status': () => ({ isRecoveryMode: false, problem: null, candidates: [] }),
    'recovery.restore': () => {
      throw new AppError('NOT_SUPPORTED', 'Cơ sở dữ liệu đang dùng tốt: hãy khôi phục trong Cài đặt › Sao lưu (cần quyền quản trị).');
    },
  };
}
