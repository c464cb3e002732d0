import { parseQuery } from '@shared/search/parse-query';
import type { Db } from '../../db/connection';
import { buildFtsQuery } from './fts-query';
import { ID_OF_ROWID_SQL, rowidRange } from './rowid';

/**
 * The incoming register's text box as a search-index query over the year's incoming rows: the same
 * folding, prefixes, phrases and ký hiệu fragments as Tìm kiếm, answered from the index instead of
 * folding every row of the year (secret rows are left to the register's own filter).
 */
export function registerTextMatch(db: Db, text: string, year: number): { match: string; low: number; high: number; idSql: string } | null {
  const fts = buildFtsQuery(db, parseQuery(text), true);
  if (fts.isEmpty) return null;
  const [low, high] = rowidRange(year);
  return { match: fts.match, low, high, idSql: ID_OF_ROWID_SQL };
}
