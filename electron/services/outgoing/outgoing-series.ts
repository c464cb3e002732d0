import type { SeriesRecord } from '@shared/contract/incoming';
import { AppError } from '@shared/errors';
import type { Db } from '../../db/connection';
import { getSeries, listSeries } from '../../db/repositories/series-repository';

/**
 * The 'di' series an outgoing document is numbered in: the one chosen, else a series dedicated to its
 * kind (kind_names), else the default one; secret documents only in a secret series and vice versa.
 */
export function chooseOutgoingSeries(db: Db, input: { seriesId: number | null; kind: string; isSecret: boolean }): SeriesRecord {
  if (input.seriesId !== null) {
    const chosen = getSeries(db, input.seriesId);
    if (chosen?.direction !== 'di' || !chosen.isActive) invalid('Chọn một sổ văn bản đi đang dùng.');
    if (chosen.isSecret !== input.isSecret)
      invalid(input.isSecret ? 'Văn bản mật phải cấp số trong sổ văn bản mật.' : `"${chosen.name}" chỉ dành cho văn bản mật.`);
    if (chosen.kindNames && !chosen.kindNames.includes(input.kind)) invalid(`"${chosen.name}" không dùng cho ${input.kind}.`);
    return chosen;
  }
  const candidates = listSeries(db).filter((s) => s.direction === 'di' && s.isActive && s.isSecret === input.isSecret);
  const dedicated = candidates.find((s) => s.kindNames?.includes(input.kind));
  const general = candidates.filter((s) => s.kindNames === null).sort((a, b) => Number(b.isDefault) - Number(a.isDefault))[0];
  const series = dedicated ?? general;
  if (!series) invalid('Chưa có sổ văn bản đi phù hợp; hãy thêm sổ trong Cài đặt.');
  return series;
}

function invalid(message: string): never {
  throw new AppError('VALIDATION', message, { fields: { seriesId: message } });
}
