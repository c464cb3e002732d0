import { SEARCH_COUNT_BOUND, SEARCH_KINDS, type SearchGroup, type SearchKind, type SearchResult } from '@shared/contract/search';
import { parseQuery, type ParsedQuery } from '@shared/search/parse-query';
import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { buildFtsQuery, type FtsQuery } from './fts-query';
import { SEARCH_ADAPTERS, type SearchSource } from './kinds';
import { cachedStatement } from './kinds/types';
import { accentedWords, needlesOf, relevanceScore, toHit } from './rank';
import { idOfRowid, kindRange } from './rowid';

/** Relevance ranks at most this many of the newest hits, so no query is ever slow. */
export const RELEVANCE_WINDOW = 2000;

export interface SearchInput {
  q: string;
  kinds?: SearchKind[] | undefined;
  sort: 'newest' | 'relevance';
  limit: number;
  cursor?: string | null | undefined;
}

const NEWEST_SQL = 'SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?';
const COUNT_SQL = `SELECT count(*) AS n FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? LIMIT ${SEARCH_COUNT_BOUND + 1})`;

/** The rowids of the newest hits of one kind: the raw query the benchmark compares the API with. */
export function newestRowids(db: Db, match: string, low: number, high: number, limit: number): number[] {
  return (cachedStatement(db, NEWEST_SQL).all(match, low, high, limit) as Array<{ rowid: number }>).map((r) => r.rowid);
}

export function boundedCount(db: Db, match: string, low: number, high: number): number {
  return (cachedStatement(db, COUNT_SQL).get(match, low, high) as { n: number }).n;
}

function loadSource(db: Db, kind: SearchKind, id: number): SearchSource | null {
  return SEARCH_ADAPTERS[kind].load(db, id - 1, id, 1)[0] ?? null;
}

function searchKind(db: Db, kind: SearchKind, query: ParsedQuery, fts: FtsQuery, input: SearchInput): SearchGroup {
  const [low, high] = kindRange(SEARCH_ADAPTERS[kind].code, fts.year);
  const cursor = input.cursor ?? null;
  const total = boundedCount(db, fts.match, low, high);
  const needles = needlesOf(query);
  const group = (sources: SearchSource[], nextCursor: string | null): SearchGroup => ({
    kind,
    total: Math.min(total, SEARCH_COUNT_BOUND),
    isTotalCapped: total > SEARCH_COUNT_BOUND,
    hits: sources.map((s) => toHit(kind, s, needles)),
    nextCursor,
  });
  if (input.sort === 'newest') {
    const before = cursor?.startsWith('n') ? Number(cursor.slice(1)) - 1 : high;
    const rowids = newestRowids(db, fts.match, low, Math.min(high, before), input.limit + 1);
    const page = rowids.slice(0, input.limit);
    const sources = page.map((r) => loadSource(db, kind, idOfRowid(r))).filter((s): s is SearchSource => s !== null);
    const last = page.at(-1);
    return group(sources, rowids.length > input.limit && last !== undefined ? `n${last}` : null);
  }
  const offset = cursor?.startsWith('r') ? Number(cursor.slice(1)) || 0 : 0;
  const window = newestRowids(db, fts.match, low, high, RELEVANCE_WINDOW)
    .map((r) => loadSource(db, kind, idOfRowid(r)))
    .filter((s): s is SearchSource => s !== null);
  const accented = accentedWords(query);
  const ranked = window
    .map((source, order) => ({ source, order, score: relevanceScore(source, query, accented) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((r) => r.source);
  const end = offset + input.limit;
  return group(ranked.slice(offset, end), end < ranked.length ? `r${end}` : null);
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
