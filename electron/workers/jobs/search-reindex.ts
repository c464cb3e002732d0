import { AppError } from '@shared/errors';
import { openDatabase } from '../../db/connection';
import { rebuildSearchIndex } from '../../services/search/search-index';
import type { JobContext } from '../../services/jobs/job-protocol';
import { dataPaths } from '../../services/paths';

const KIND_NAMES = { incoming: 'văn bản đến', outgoing: 'văn bản đi', drafts: 'dự thảo', tasks: 'công việc' } as const;

/** Rebuilds the search index on its own connection (job 'search.reindex'). */
export function searchReindexJob(ctx: JobContext<Record<string, never>>): { indexed: number } {
  const db = openDatabase(dataPaths(ctx.dataDir).database);
  try {
    const indexed = rebuildSearchIndex(db, ({ kind, done }) => {
      if (ctx.isCancelled()) throw new AppError('CANCELLED');
      ctx.progress(done, 0, `Đang lập chỉ mục ${KIND_NAMES[kind]}: ${done.toLocaleString('vi-VN')} mục`);
    });
    ctx.progress(indexed, indexed, 'Đã lập lại chỉ mục tìm kiếm');
    return { indexed };
  } finally {
    db.close();
  }
}
