import type { ExternalBodyRecord } from '@shared/contract/directory';
import { fold } from '@shared/text/fold';
import type { Db } from '../connection';

interface BodyRow {
  id: number;
  name: string;
  short_name: string | null;
  organ_id: string | null;
  is_active: number;
  created_at: number;
  updated_at: number;
  aliases: string | null;
}

const SELECT_BODIES = `
  SELECT b.id, b.name, b.short_name, b.organ_id, b.is_active, b.created_at, b.updated_at,
         (SELECT json_group_array(a.alias) FROM (SELECT alias FROM external_body_aliases WHERE body_id = b.id ORDER BY id) a) AS aliases
  FROM external_bodies b`;

function rowToBody(row: BodyRow): ExternalBodyRecord {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    organId: row.organ_id,
    aliases: row.aliases ? (JSON.parse(row.aliases) as string[]) : [],
    isActive: row.is_active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listBodies(db: Db, includeInactive: boolean): ExternalBodyRecord[] {
  const where = includeInactive ? '' : 'WHERE b.is_active = 1';
  return db.prepare<[], BodyRow>(`${SELECT_BODIES} ${where}`).all().map(rowToBody);
}

export function getBody(db: Db, id: number): ExternalBodyRecord | null {
  const row = db.prepare<[number], BodyRow>(`${SELECT_BODIES} WHERE b.id = ?`).get(id);
  return row ? rowToBody(row) : null;
}

export function findBodyIdByFoldedName(db: Db, name: string): number | null {
  const folded = fold(name);
  const row = db
    .prepare<[string, string], { id: number }>(
      `SELECT id FROM external_bodies WHERE name_folded = ?
       UNION ALL SELECT body_id FROM external_body_aliases WHERE alias_folded = ? LIMIT 1`,
    )
    .get(folded, folded);
  return row?.id ?? null;
}

export interface BodyFields {
  name: string;
  shortName: string | null;
  organId: string | null;
}

export function insertBody(db: Db, input: BodyFields, now: number): number {
  const info = db
    .prepare(
      `INSERT INTO external_bodies (name, name_folded, short_name, organ_id, is_active, created_at, updated_at)
       VALUES (@name, @folded, @shortName, @organId, 1, @now, @now)`,
    )
    .run({ ...input, folded: fold(input.name), now });
  return Number(info.lastInsertRowid);
}

export function updateBodyRow(db: Db, id: number, input: BodyFields, now: number): void {
  db.prepare(
    `UPDATE external_bodies SET name = @name, name_folded = @folded, short_name = @shortName, organ_id = @organId,
       updated_at = @now WHERE id = @id`,
  ).run({ ...input, id, folded: fold(input.name), now });
}

export function setBodyActive(db: Db, id: number, isActive: boolean, now: number): void {
  db.prepare('UPDATE external_bodies SET is_active = ?, updated_at = ? WHERE id = ?').run(isActive ? 1 : 0, now, id);
}

export function replaceBodyAliases(db: Db, bodyId: number, aliases: readonly string[], now: number): void {
  db.prepare('DELETE FROM external_body_aliases WHERE body_id = ?').run(bodyId);
  const insert = db.prepare(
    `INSERT INTO external_body_aliases (body_id, alias, alias_folded, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (body_id, alias_folded) DO NOTHING`,
  );
  for (const alias of aliases) insert.run(bodyId, alias, fold(alias), now);
}

export function addBodyAlias(db: Db, bodyId: number, alias: string, now: number): void {
  db.prepare(
    `INSERT INTO external_body_aliases (body_id, alias, alias_folded, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (body_id, alias_folded) DO NOTHING`,
  ).run(bodyId, alias, fold(alias), now);
}
