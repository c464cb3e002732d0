import { parseQuery } from '@shared/search/parse-query';
import type { Db } from '../../db/connection';
import { buildFtsQuery } from './fts-query';
import { SEARCH_ADAPTERS } from './kinds';
import { kindRange } from './rowid';

/**
 * The incoming register's text box as a search-index query over the year's incoming rows: the same
 * folding, prefixes, phrases and ký hiệu fragments as Tìm kiếm, answered from the index instead of
 * folding every row of the year (secret rows are left to the register's own filter).
 */
export function registerTextMatch(db: Db, text: string, year: number): { match: string; low: number; high: number } | null {
  const fts = buildFtsQuery(db, parseQuery(text), true);
  if (fts.isEmpty) return null;
  const [low, high] = kindRange(SEARCH_ADAPTERS.incoming.code, year);
  return { match: fts.match, low, high };
}
