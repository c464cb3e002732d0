/**
 * The index's rowid packs kind, date and record id: kind × 10^15 + days since 1970 × 10^10 + id.
 * Within a kind, rowid order is date order (ties by id), so "newest first" is
 * `ORDER BY rowid DESC LIMIT n` over a rowid range, which FTS5 answers by walking its doclists
 * backwards and stopping after n hits; a year is a rowid range too. Stays below 2^53 (JS numbers).
 */
const KIND_SPAN = 1e15;
const DAY_SPAN = 1e10;
const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(isoDate);
  if (!match) return 0;
  const days = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? '1')) / DAY_MS;
  return Number.isFinite(days) && days >= 0 && days < 99_999 ? Math.floor(days) : 0;
}

export function packRowid(code: number, isoDate: string, id: number): number {
  return code * KIND_SPAN + dayNumber(isoDate) * DAY_SPAN + id;
}

export function idOfRowid(rowid: number): number {
  return rowid % DAY_SPAN;
}

/** The rowids of one kind, optionally within a year: [low, high]. */
export function kindRange(code: number, year: number | null): [number, number] {
  if (year === null) return [code * KIND_SPAN, (code + 1) * KIND_SPAN - 1];
  const from = dayNumber(`${year}-01-01`);
  const to = dayNumber(`${year + 1}-01-01`);
  return [code * KIND_SPAN + from * DAY_SPAN, code * KIND_SPAN + to * DAY_SPAN - 1];
}
