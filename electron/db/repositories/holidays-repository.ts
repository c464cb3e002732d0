import type { HolidayRecord } from '@shared/contract/calendar';
import type { HolidayEntry } from '@shared/domain/calendar';
import type { Db } from '../connection';

interface HolidayRow {
  date: string;
  kind: HolidayEntry['kind'];
  name: string;
  is_custom: 0 | 1;
}

const rowToHoliday = (row: HolidayRow): HolidayRecord => ({
  date: row.date,
  kind: row.kind,
  name: row.name,
  isCustom: row.is_custom === 1,
});

export function listAllHolidays(db: Db): HolidayRecord[] {
  return (db.prepare('SELECT date, kind, name, is_custom FROM holidays ORDER BY date').all() as HolidayRow[]).map(rowToHoliday);
}

export function listYearHolidays(db: Db, year: number): HolidayRecord[] {
  const rows = db
    .prepare('SELECT date, kind, name, is_custom FROM holidays WHERE date >= @from AND date <= @to ORDER BY date')
    .all({ from: `${year}-01-01`, to: `${year}-12-31` }) as HolidayRow[];
  return rows.map(rowToHoliday);
}

export function countYearHolidays(db: Db, year: number): number {
  const row = db.prepare('SELECT count(*) AS n FROM holidays WHERE date >= @from AND date <= @to').get({
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  }) as { n: number };
  return row.n;
}

export function upsertHoliday(db: Db, entry: HolidayEntry, isCustom: boolean): void {
  db.prepare(
    `INSERT INTO holidays (date, kind, name, is_custom) VALUES (@date, @kind, @name, @isCustom)
     ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name, is_custom = excluded.is_custom`,
  ).run({ ...entry, isCustom: isCustom ? 1 : 0 });
}

export function deleteHoliday(db: Db, date: string): boolean {
  return db.prepare('DELETE FROM holidays WHERE date = ?').run(date).changes === 1;
}

export function deleteYearHolidays(db: Db, year: number): void {
  db.prepare('DELETE FROM holidays WHERE date >= @from AND date <= @to').run({ from: `${year}-01-01`, to: `${year}-12-31` });
}
