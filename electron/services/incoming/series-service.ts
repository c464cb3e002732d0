import type { SeriesRecord } from '@shared/contract/incoming';
import { AppError } from '@shared/errors';
import { writeTransaction } from '../../db/connection';
import { getSeries, insertSeries, listSeries } from '../../db/repositories/series-repository';
import type { ServiceContext } from '../context';

/** Adds a number series; names are unique per direction. */
export function createSeries(
  ctx: ServiceContext,
  input: { name: string; direction: 'den' | 'di'; isSecret: boolean; kindNames: string[] | null },
): SeriesRecord {
  const created = writeTransaction(ctx.db, () => {
    if (listSeries(ctx.db).some((s) => s.direction === input.direction && s.name.toLowerCase() === input.name.toLowerCase())) {
      throw new AppError('DUPLICATE', `Đã có sổ "${input.name}".`);
    }
    return getSeries(ctx.db, insertSeries(ctx.db, input, ctx.clock.now()));
  });
  if (!created) throw new AppError('INTERNAL');
  return created;
}
