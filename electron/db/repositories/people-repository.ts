import type { PersonRecord } from '@shared/contract/directory';
import { fold } from '@shared/text/fold';
import type { Db } from '../connection';

interface PersonRow {
  id: number;
  full_name: string;
  title: string | null;
  unit_id: number | null;
  unit_name: string | null;
  is_active: number;
  created_at: number;
  updated_at: number;
}

const SELECT_PEOPLE = `
  SELECT p.id, p.full_name, p.title, p.unit_id, u.name AS unit_name, p.is_active, p.created_at, p.updated_at
  FROM people p LEFT JOIN units u ON u.id = p.unit_id`;

function rowToPerson(row: PersonRow): PersonRecord {
  return {
    id: row.id,
    fullName: row.full_name,
    title: row.title,
    unitId: row.unit_id,
    unitName: row.unit_name,
    isActive: row.is_active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listPeople(db: Db, includeInactive: boolean): PersonRecord[] {
  const where = includeInactive ? '' : 'WHERE p.is_active = 1';
  return db.prepare<[], PersonRow>(`${SELECT_PEOPLE} ${where}`).all().map(rowToPerson);
}

export function getPerson(db: Db, id: number): PersonRecord | null {
  const row = db.prepare<[number], PersonRow>(`${SELECT_PEOPLE} WHERE p.id = ?`).get(id);
  return row ? rowToPerson(row) : null;
}

export interface PersonFields {
  fullName: string;
  title: string | null;
  unitId: number | null;
}

export function insertPerson(db: Db, input: PersonFields, now: number): number {
  const info = db
    .prepare(
      `INSERT INTO people (full_name, name_folded, title, unit_id, is_active, created_at, updated_at)
       VALUES (@fullName, @folded, @title, @unitId, 1, @now, @now)`,
    )
    .run({ ...input, folded: fold(input.fullName), now });
  return Number(info.lastInsertRowid);
}

export function updatePersonRow(db: Db, id: number, input: PersonFields, now: number): void {
  db.prepare(
    `UPDATE people SET full_name = @fullName, name_folded = @folded, title = @title, unit_id = @unitId, updated_at = @now
     WHERE id = @id`,
  ).run({ ...input, id, folded: fold(input.fullName), now });
}

export function setPersonActive(db: Db, id: number, isActive: boolean, now: number): void {
  db.prepare('UPDATE people SET is_active = ?, updated_at = ? WHERE id = ?').run(isActive ? 1 : 0, now, id);
}
