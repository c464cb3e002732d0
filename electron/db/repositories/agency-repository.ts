import type { AgencyProfile, AgencyProfileInput } from '@shared/contract/directory';
import type { Db } from '../connection';

interface AgencyRow {
  parent_name: string | null;
  name: string;
  abbreviation: string;
  place: string;
  organ_id: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  updated_at: number;
}

function rowToAgency(row: AgencyRow): AgencyProfile {
  return {
    parentName: row.parent_name,
    name: row.name,
    abbreviation: row.abbreviation,
    place: row.place,
    organId: row.organ_id,
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    updatedAt: row.updated_at,
  };
}

export function getAgency(db: Db): AgencyProfile | null {
  const row = db
    .prepare<[], AgencyRow>(
      `SELECT parent_name, name, abbreviation, place, organ_id, address, phone, email, website, updated_at
       FROM agency_profile WHERE id = 1`,
    )
    .get();
  return row ? rowToAgency(row) : null;
}

export function upsertAgency(db: Db, input: AgencyProfileInput, now: number): void {
  db.prepare(
    `INSERT INTO agency_profile (id, parent_name, name, abbreviation, place, organ_id, address, phone, email, website, updated_at)
     VALUES (1, @parentName, @name, @abbreviation, @place, @organId, @address, @phone, @email, @website, @now)
     ON CONFLICT (id) DO UPDATE SET parent_name = excluded.parent_name, name = excluded.name,
       abbreviation = excluded.abbreviation, place = excluded.place, organ_id = excluded.organ_id,
       address = excluded.address, phone = excluded.phone, email = excluded.email,
       website = excluded.website, updated_at = excluded.updated_at`,
  ).run({ ...input, now });
}
