import type { Db } from '../connection';

/** A sort of a register: the ORDER BY key expression and direction; ties break on the row id. */
export interface KeysetOrder {
  key: string;
  desc: boolean;
}

export function encodeCursor(key: string | number, id: number): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string | number, number] | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'number' && ['string', 'number'].includes(typeof value[0])) {
      return [value[0] as string | number, value[1]];
    }
  } catch {
    // A damaged cursor restarts from the first page.
  }
  return null;
}

/**
 * One keyset page: rows after (sort key, id) of the cursor, so a page deep in the year costs the same
 * as the first, plus the exact count of matching rows. `idColumn` is the table alias's id ("d.id").
 */
export function keysetPage<Row extends { id: number }>(
  db: Db,
  query: { columns: string; from: string; where: string; params: Record<string, unknown>; idColumn: string; countFrom: string },
  order: KeysetOrder,
  cursor: string | null | undefined,
  limit: number,
): { rows: Row[]; nextCursor: string | null; total: number } {
  const op = order.desc ? '<' : '>';
  const dir = order.desc ? 'DESC' : 'ASC';
  const after = cursor ? decodeCursor(cursor) : null;
  const keyset = after ? ` AND (${order.key}, ${query.idColumn}) ${op} (@afterKey, @afterId)` : '';
  const rows = db
    .prepare<Record<string, unknown>, Row & { sort_key: string | number }>(
      `SELECT ${query.columns}, ${order.key} AS sort_key ${query.from}
       WHERE ${query.where}${keyset} ORDER BY ${order.key} ${dir}, ${query.idColumn} ${dir} LIMIT @limit`,
    )
    .all({ ...query.params, ...(after ? { afterKey: after[0], afterId: after[1] } : {}), limit: limit + 1 });
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  const total =
    db.prepare<Record<string, unknown>, { n: number }>(`SELECT count(*) AS n ${query.countFrom} WHERE ${query.where}`).get(query.params)
      ?.n ?? 0;
  return { rows: page, nextCursor: hasMore && last ? encodeCursor(last.sort_key, last.id) : null, total };
}
