import { AppError } from '@shared/errors';
import { openDatabase } from '../../db/connection';
import { dataPaths } from '../../services/paths';
import type { JobContext } from '../../services/jobs/job-protocol';

export interface CheckDatabaseResult {
  ok: boolean;
  problems: string[];
}

/** PRAGMA integrity_check on a read-only connection, off the UI thread. */
export function checkDatabaseJob(ctx: JobContext<{ quick?: boolean }>): CheckDatabaseResult {
  const db = openDatabase(dataPaths(ctx.dataDir).database, { readonly: true });
  try {
    ctx.progress(0, 1, 'Đang kiểm tra cơ sở dữ liệu');
    if (ctx.isCancelled()) throw new AppError('CANCELLED');
    const pragma = ctx.params?.quick ? 'quick_check' : 'integrity_check';
    const rows = db.pragma(pragma) as Array<Record<string, string>>;
    const problems = rows.map((r) => Object.values(r)[0] ?? '').filter((v) => v !== 'ok');
    ctx.progress(1, 1, 'Đã kiểm tra xong');
    return { ok: problems.length === 0, problems };
  } finally {
    db.close();
  }
}
