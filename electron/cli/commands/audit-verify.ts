import { existsSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { openDatabase } from '../../db/connection';
import { getSetting } from '../../db/repositories/settings-repository';
import { listManifests } from '../../services/backup/backup-reader';
import { checkAuditChain, verifyAudit } from '../../services/audit/audit-verify';
import { dataPaths, resolveDataDir } from '../../services/paths';
import { hasFlag, stringFlag } from '../args';
import type { CliCommand } from '../command';

/**
 * Reads the database without changing it (read-only, no migration), recomputes the audit chain
 * and compares it with the heads recorded in the backups of the configured folder.
 * Exit code 0 when intact, 1 when a row was edited, removed or the chain rewritten.
 */
export const auditVerifyCommand: CliCommand = {
  words: ['audit', 'verify'],
  summary: 'Kiểm tra nhật ký hệ thống có bị sửa, xóa hay viết lại không (chuỗi mã băm)',
  usage: 'vanthu audit verify [--data-dir DIR] [--json]',
  booleanFlags: ['json'],
  run(args, io) {
    const paths = dataPaths(resolveDataDir(stringFlag(args, 'data-dir')));
    if (!existsSync(paths.database)) throw new AppError('NOT_FOUND', `Không có cơ sở dữ liệu tại ${paths.database}.`);
    const db = openDatabase(paths.database, { readonly: true });
    try {
      const hasTable = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE name = 'audit_log'").get()?.n === 1;
      if (!hasTable) throw new AppError('NOT_FOUND', 'Cơ sở dữ liệu chưa có nhật ký hệ thống (hãy nâng cấp bằng vanthu db migrate).');
      const folder = getSetting<{ folder?: string | null }>(db, 'backup')?.folder ?? paths.backups;
      const installation = getSetting<{ id?: string }>(db, 'installation')?.id ?? null;
      const anchors = listManifests(folder).flatMap((m) =>
        m.installationId === installation && m.auditHead && m.auditHead.id > 0
          ? [{ id: m.auditHead.id, hash: m.auditHead.hash, createdAt: m.createdAt, source: m.id }]
          : [],
      );
      const result = verifyAudit(db, anchors);
      if (hasFlag(args, 'json')) io.out(JSON.stringify({ ...result, lastHash: checkAuditChain(db).lastHash }, null, 2));
      else io.out(result.message);
      return result.isIntact ? 0 : 1;
    } finally {
      db.close();
    }
  },
};
