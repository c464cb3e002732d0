import { SEARCH_COUNT_BOUND, SEARCH_KINDS, type SearchGroup, type SearchKind, type SearchResult } from '@shared/contract/search';
import { parseQuery, type ParsedQuery } from '@shared/search/parse-query';
import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { buildFtsQuery, type FtsQuery } from './fts-query';
import { SEARCH_ADAPTERS, type SearchSource } from './kinds';
import { cachedStatement } from './kinds/types';
import { createRanker, needlesOf, toHit } from './rank';
import { idOfRowid, rowidRange } from './rowid';

/** Relevance ranks at most this many of the newest hits, so no query is ever slow. */
export const RELEVANCE_WINDOW = 2000;

export interface SearchInput {
  q: string;
  kinds?: SearchKind[] | undefined;
  sort: 'newest' | 'relevance';
  limit: number;
  cursor?: string | null | undefined;
}

/** The rowids of the newest hits of one kind: the raw query the benchmark compares the API with. */
export function newestRowids(db: Db, table: string, match: string, low: number, high: number, limit: number): number[] {
  const sql = `SELECT rowid FROM ${table} WHERE ${table} MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?`;
  return (cachedStatement(db, sql).all(match, low, high, limit) as Array<{ rowid: number }>).map((r) => r.rowid);
}

/** How many hits, counted up to SEARCH_COUNT_BOUND + 1. */
export function boundedCount(db: Db, table: string, match: string, low: number, high: number): number {
  const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM ${table} WHERE ${table} MATCH ? AND rowid BETWEEN ? AND ? LIMIT ${SEARCH_COUNT_BOUND + 1})`;
  return (cachedStatement(db, sql).get(match, low, high) as { n: number }).n;
}

/** The rows of a page, in the page's order. */
function loadSources(db: Db, kind: SearchKind, ids: readonly number[]): SearchSource[] {
  const byId = new Map(SEARCH_ADAPTERS[kind].loadMany(db, ids).map((s) => [s.id, s]));
  return ids.map((id) => byId.get(id)).filter((s): s is SearchSource => s !== undefined);
}

function searchKind(db: Db, kind: SearchKind, query: ParsedQuery, fts: FtsQuery, input: SearchInput): SearchGroup {
  const { table } = SEARCH_ADAPTERS[kind];
  const [low, high] = rowidRange(fts.year);
  const cursor = input.cursor ?? null;
  const total = boundedCount(db, table, fts.match, low, high);
  const needles = needlesOf(query);
  const group = (sources: SearchSource[], nextCursor: string | null): SearchGroup => ({
    kind,
    total: Math.min(total, SEARCH_COUNT_BOUND),
    isTotalCapped: total > SEARCH_COUNT_BOUND,
    hits: sources.map((s) => toHit(kind, s, needles)),
    nextCursor,
  });
  if (input.sort === 'newest') {
    const after = cursor?.startsWith('n') ? Number(cursor.slice(1)) + 1 : low;
    const rowids = newestRowids(db, table, fts.match, Math.max(low, after), high, input.limit + 1);
    const page = rowids.slice(0, input.limit);
    const sources = loadSources(db, kind, page.map(idOfRowid));
    const last = page.at(-1);
    return group(sources, rowids.length > input.limit && last !== undefined ? `n${last}` : null);
  }
  const offset = cursor?.startsWith('r') ? Number(cursor.slice(1)) || 0 : 0;
  const adapter = SEARCH_ADAPTERS[kind];
  const rank = createRanker(query);
  const ids = newestRowids(db, table, fts.match, low, high, RELEVANCE_WINDOW).map(idOfRowid);
  const texts = adapter.rankTexts(db, ids);
  const ranked = ids
    .map((id, order) => ({ id, order, score: rank(texts.get(id) ?? '') }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const end = offset + input.limit;
  const sources = loadSources(
    db,
    kind,
    ranked.slice(offset, end).map((r) => r.id),
  );
  return group(sources, end < ranked.length ? `r${end}` : null);
}

/**
 * Tìm kiếm: the folded query over the index, per kind. Newest first walks the index backwards and
 * stops at the page; relevance ranks the newest RELEVANCE_WINDOW hits. Secret records only for
 * callers cleared for them; cancelled ones are found and marked.
 */
export function searchRecords(ctx: ServiceContext, input: SearchInput, includeSecret: boolean): SearchResult {
  const query = parseQuery(input.q);
  const fts = buildFtsQuery(ctx.db, query, includeSecret);
  if (fts.isEmpty) return { groups: [] };
  const kinds = input.kinds && input.kinds.length > 0 ? input.kinds : [...SEARCH_KINDS];
  return { groups: kinds.map((kind) => searchKind(ctx.db, kind, query, fts, input)) };
}
