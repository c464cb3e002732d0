import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/connection';
import { currentVersion, latestVersion, migrate } from '../../../electron/db/migrate';
import { MIGRATIONS, type Migration } from '../../../electron/db/migrations';
import { makeTempDir } from '../../helpers/test-runtime';

const opened: Db[] = [];
function open(file: string): Db {
  const db = openDatabase(file);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

describe('migrate', () => {
  it('brings an empty database to the latest version with every table', () => {
    const db = open(join(makeTempDir(), 'a.sqlite'));
    const result = migrate(db);
    expect(result).toMatchObject({ from: 0, to: latestVersion() });
    expect(currentVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['agency_profile', 'units', 'unit_aliases', 'people', 'external_bodies', 'settings']));
    expect(migrate(db)).toMatchObject({ from: latestVersion(), to: latestVersion(), backupPath: null });
  });

  it('refuses a database newer than the app with a clear message and leaves it untouched', () => {
    const file = join(makeTempDir(), 'future.sqlite');
    const db = open(file);
    db.pragma(`user_version = ${latestVersion() + 5}`);
    expect(() => migrate(db, { file })).toThrowError(/mới hơn phiên bản .* Hãy cài phiên bản VănThư mới hơn/);
    expect(currentVersion(db)).toBe(latestVersion() + 5);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
  });

  it('copies the file before migrating an existing database', () => {
    const dir = makeTempDir();
    const file = join(dir, 'b.sqlite');
    const first: Migration[] = [{ version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE one (id INTEGER PRIMARY KEY) STRICT') }];
    const db = open(file);
    migrate(db, { file, migrations: first });
    db.prepare('INSERT INTO one (id) VALUES (7)').run();
    const second: Migration[] = [...first, { version: 2, name: 'two', up: (d) => d.exec('ALTER TABLE one ADD COLUMN note TEXT') }];
    const result = migrate(db, { file, migrations: second, now: () => 42 });
    expect(result.backupPath).toBe(`${file}.v1-42.bak`);
    expect(existsSync(`${file}.v1-42.bak`)).toBe(true);
    const backup = open(`${file}.v1-42.bak`);
    expect(currentVersion(backup)).toBe(1);
    expect(backup.prepare('SELECT id FROM one').all()).toEqual([{ id: 7 }]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toHaveLength(1);
  });

  it('rolls a failing migration back completely', () => {
    const file = join(makeTempDir(), 'c.sqlite');
    const db = open(file);
    const broken: Migration[] = [
      {
        version: 1,
        name: 'broken',
        up: (d) => {
          d.exec('CREATE TABLE half (id INTEGER PRIMARY KEY)');
          d.exec('INSERT INTO missing_table VALUES (1)');
        },
      },
    ];
    expect(() => migrate(db, { migrations: broken })).toThrow();
    expect(currentVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
  });

  it('refuses a registry whose versions do not strictly increase', () => {
    const db = open(join(makeTempDir(), 'd.sqlite'));
    const bad: Migration[] = [
      { version: 2, name: 'b', up: () => {} },
      { version: 2, name: 'c', up: () => {} },
    ];
    expect(() => migrate(db, { migrations: bad })).toThrow(/strictly increase/);
  });

  it('opens every connection with WAL, foreign keys and full sync', () => {
    const db = open(join(makeTempDir(), 'e.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });
});
