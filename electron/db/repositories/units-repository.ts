import type { UnitRecord } from '@shared/contract/directory';
import { fold } from '@shared/text/fold';
import type { Db } from '../connection';

interface UnitRow {
  id: number;
  name: string;
  abbreviation: string | null;
  is_active: number;
  created_at: number;
  updated_at: number;
  aliases: string | null;
}

const SELECT_UNITS = `
  SELECT u.id, u.name, u.abbreviation, u.is_active, u.created_at, u.updated_at,
         (SELECT json_group_array(a.alias) FROM (SELECT alias FROM unit_aliases WHERE unit_id = u.id ORDER BY id) a) AS aliases
  FROM units u`;

function rowToUnit(row: UnitRow): UnitRecord {
  return {
    id: row.id,
    name: row.name,
    abbreviation: row.abbreviation,
    aliases: row.aliases ? (JSON.parse(row.aliases) as string[]) : [],
    isActive: row.is_active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listUnits(db: Db, includeInactive: boolean): UnitRecord[] {
  const where = includeInactive ? '' : 'WHERE u.is_active = 1';
  return db.prepare<[], UnitRow>(`${SELECT_UNITS} ${where}`).all().map(rowToUnit);
}

export function getUnit(db: Db, id: number): UnitRecord | null {
  const row = db.prepare<[number], UnitRow>(`${SELECT_UNITS} WHERE u.id = ?`).get(id);
  return row ? rowToUnit(row) : null;
}

export function findUnitIdByFoldedName(db: Db, name: string): number | null {
  const row = db.prepare<[string], { id: number }>('SELECT id FROM units WHERE name_folded = ?').get(fold(name));
  return row?.id ?? null;
}

export function insertUnit(db: Db, input: { name: string; abbreviation: string | null }, now: number): number {
  const info = db
    .prepare(
      `INSERT INTO units (name, name_folded, abbreviation, is_active, created_at, updated_at)
       VALUES (@name, @folded, @abbreviation, 1, @now, @now)`,
    )
    .run({ name: input.name, folded: fold(input.name), abbreviation: input.abbreviation, now });
  return Number(info.lastInsertRowid);
}

export function updateUnitRow(db: Db, id: number, input: { name: string; abbreviation: string | null }, now: number): void {
  db.prepare(`UPDATE units SET name = @name, name_folded = @folded, abbreviation = @abbreviation, updated_at = @now WHERE id = @id`).run({
    id,
    name: input.name,
    folded: fold(input.name),
    abbreviation: input.abbreviation,
    now,
  });
}

export function setUnitActive(db: Db, id: number, isActive: boolean, now: number): void {
  db.prepare('UPDATE units SET is_active = ?, updated_at = ? WHERE id = ?').run(isActive ? 1 : 0, now, id);
}

/** Replaces the unit's aliases with the given list (order kept). */
export function replaceUnitAliases(db: Db, unitId: number, aliases: readonly string[], now: number): void {
  db.prepare('DELETE FROM unit_aliases WHERE unit_id = ?').run(unitId);
  const insert = db.prepare(
    `INSERT INTO unit_aliases (unit_id, alias, alias_folded, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (unit_id, alias_folded) DO NOTHING`,
  );
  for (const alias of aliases) insert.run(unitId, alias, fold(alias), now);
}

export function addUnitAlias(db: Db, unitId: number, alias: string, now: number): void {
  db.prepare(
    `INSERT INTO unit_aliases (unit_id, alias, alias_folded, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (unit_id, alias_folded) DO NOTHING`,
  ).run(unitId, alias, fold(alias), now);
}
