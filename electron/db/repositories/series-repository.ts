import type { SeriesRecord } from '@shared/contract/incoming';
import type { Db } from '../connection';

interface SeriesRow {
  id: number;
  name: string;
  direction: 'den' | 'di';
  is_secret: number;
  is_default: number;
  kind_names: string | null;
  is_active: number;
}

const SELECT_SERIES = 'SELECT id, name, direction, is_secret, is_default, kind_names, is_active FROM number_series';

function rowToSeries(row: SeriesRow): SeriesRecord {
  return {
    id: row.id,
    name: row.name,
    direction: row.direction,
    isSecret: row.is_secret === 1,
    isDefault: row.is_default === 1,
    kindNames: row.kind_names ? (JSON.parse(row.kind_names) as string[]) : null,
    isActive: row.is_active === 1,
  };
}

export function listSeries(db: Db): SeriesRecord[] {
  return db.prepare<[], SeriesRow>(`${SELECT_SERIES} ORDER BY direction DESC, is_secret, id`).all().map(rowToSeries);
}

export function getSeries(db: Db, id: number): SeriesRecord | null {
  const row = db.prepare<[number], SeriesRow>(`${SELECT_SERIES} WHERE id = ?`).get(id);
  return row ? rowToSeries(row) : null;
}

/** The default series of a direction, secret or not. */
export function defaultSeries(db: Db, direction: 'den' | 'di', isSecret: boolean): SeriesRecord | null {
  const row = db
    .prepare<[string, number], SeriesRow>(
      `${SELECT_SERIES} WHERE direction = ? AND is_secret = ? AND is_active = 1 ORDER BY is_default DESC, id LIMIT 1`,
    )
    .get(direction, isSecret ? 1 : 0);
  return row ? rowToSeries(row) : null;
}

export function insertSeries(
  db: Db,
  input: { name: string; direction: 'den' | 'di'; isSecret: boolean; kindNames: string[] | null },
  now: number,
): number {
  const info = db
    .prepare('INSERT INTO number_series (name, direction, is_secret, is_default, kind_names, created_at) VALUES (?, ?, ?, 0, ?, ?)')
    .run(input.name, input.direction, input.isSecret ? 1 : 0, input.kindNames ? JSON.stringify(input.kindNames) : null, now);
  return Number(info.lastInsertRowid);
}

/**
 * Takes the next number of a series for a year. Must run inside the caller's write transaction, so
 * the number and the row that uses it commit or roll back together: numbers never skip or repeat.
 */
export function takeNextNumber(db: Db, seriesId: number, year: number): number {
  const row = db
    .prepare<[number, number], { last_number: number }>(
      `INSERT INTO series_counters (series_id, year, last_number) VALUES (?, ?, 1)
       ON CONFLICT (series_id, year) DO UPDATE SET last_number = last_number + 1
       RETURNING last_number`,
    )
    .get(seriesId, year);
  if (!row) throw new Error('numbering failed');
  return row.last_number;
}

/** Raises a counter to at least `number` (imports keep their original numbers). */
export function raiseCounter(db: Db, seriesId: number, year: number, number: number): void {
  db.prepare(
    `INSERT INTO series_counters (series_id, year, last_number) VALUES (?, ?, ?)
     ON CONFLICT (series_id, year) DO UPDATE SET last_number = max(last_number, excluded.last_number)`,
  ).run(seriesId, year, number);
}
