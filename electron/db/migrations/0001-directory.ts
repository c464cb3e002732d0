import type { Db } from '../connection';

/**
 * The organisation directory: the agency profile, units, people, external bodies with aliases,
 * and key-value settings. Folded columns hold fold(name) for matching and autocomplete.
 */
export default function migrate0001(db: Db): void {
  db.exec(`
    CREATE TABLE agency_profile (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      parent_name TEXT,
      name TEXT NOT NULL,
      abbreviation TEXT NOT NULL,
      place TEXT NOT NULL,
      organ_id TEXT,
      address TEXT,
      phone TEXT,
      email TEXT,
      website TEXT,
      updated_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE units (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      abbreviation TEXT,
      is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX units_name_folded ON units (name_folded);

    CREATE TABLE unit_aliases (
      id INTEGER PRIMARY KEY,
      unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
      alias TEXT NOT NULL,
      alias_folded TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX unit_aliases_folded ON unit_aliases (unit_id, alias_folded);
    CREATE INDEX unit_aliases_lookup ON unit_aliases (alias_folded);

    CREATE TABLE people (
      id INTEGER PRIMARY KEY,
      full_name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      title TEXT,
      unit_id INTEGER REFERENCES units (id) ON DELETE RESTRICT,
      is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX people_unit ON people (unit_id);

    CREATE TABLE external_bodies (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      short_name TEXT,
      organ_id TEXT,
      is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX external_bodies_name_folded ON external_bodies (name_folded);

    CREATE TABLE external_body_aliases (
      id INTEGER PRIMARY KEY,
      body_id INTEGER NOT NULL REFERENCES external_bodies (id) ON DELETE CASCADE,
      alias TEXT NOT NULL,
      alias_folded TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX external_body_aliases_folded ON external_body_aliases (body_id, alias_folded);
    CREATE INDEX external_body_aliases_lookup ON external_body_aliases (alias_folded);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
  `);
}
