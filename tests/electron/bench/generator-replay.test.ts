import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dayOf, generateDocument } from '../../../bench/generator/documents';
import { generateDatabase } from '../../../bench/generator';
import { createRandom } from '../../../bench/generator/random';
import { GENERATOR_ACTOR, writeDirectory } from '../../../bench/generator/write';
import { type Db, openDatabase, writeTransaction } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { insertFile } from '../../../electron/db/repositories/files-repository';
import type { ServiceContext } from '../../../electron/services/context';
import { createEventBus } from '../../../electron/services/events';
import { registerIncoming } from '../../../electron/services/incoming/incoming-service';
import { transitionTask } from '../../../electron/services/tasks/task-workflow';
import { dataPaths, ensureDataDirs } from '../../../electron/services/paths';
import { recordFileText } from '../../../electron/services/search/file-text';
import { SEARCH_TABLES } from '../../../electron/services/search/search-index';
import { makeTempDir } from '../../helpers/test-runtime';

const SEED = 4242;
const DOCS = 120;
const FROM = '2024-06-01';
const TO = '2025-08-31';
const TABLES = [
  'agency_profile',
  'units',
  'people',
  'external_bodies',
  'series_counters',
  'files',
  'incoming_documents',
  'incoming_history',
  'incoming_attachments',
  'tasks',
  'task_parties',
  'task_history',
  'search_entries',
  'search_terms',
];

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** The same documents registered one by one through the real service, with its clock at each document's moment. */
function replay(dataDir: string): Db {
  const paths = dataPaths(dataDir);
  ensureDataDirs(paths);
  const db = openDatabase(paths.database);
  migrate(db);
  let now = 0;
  let today = FROM;
  const ctx: ServiceContext = { db, clock: { now: () => now, today: () => today }, events: createEventBus(), paths };
  const random = createRandom(SEED);
  const fromDay = dayOf(FROM);
  const directory = writeTransaction(db, () => writeDirectory(db, random, fromDay * 86_400_000));
  for (let index = 0; index < DOCS; index++) {
    const doc = generateDocument(random, directory, { index, total: DOCS, fromDay, toDay: dayOf(TO), attachmentRate: 0.3, seed: SEED });
    now = doc.now;
    today = doc.input.receivedDate ?? FROM;
    const file = doc.file;
    if (file) writeTransaction(db, () => insertFile(db, file, now));
    const registered = registerIncoming(ctx, doc.input, GENERATOR_ACTOR);
    if (file) recordFileText(ctx, file.sha256, file.text);
    const taskIds = (
      db.prepare('SELECT id FROM tasks WHERE incoming_id = ? ORDER BY position').all(registered.id) as Array<{ id: number }>
    ).map((r) => r.id);
    doc.completions.forEach((completedDate, position) => {
      const id = taskIds[position];
      if (!completedDate || id === undefined) return;
      transitionTask(
        ctx,
        { id, action: 'complete', reason: null, completedDate, resultNote: null, resultOutgoingId: null },
        GENERATOR_ACTOR,
      );
    });
  }
  return db;
}

function rows(db: Db, table: string): unknown[] {
  return db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();
}

function matches(db: Db, expression: string): string[] {
  return SEARCH_TABLES.flatMap((table) =>
    (db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).all(expression) as Array<{ rowid: number }>).map(
      (r) => `${table}:${r.rowid}`,
    ),
  );
}

describe('benchmark generator', () => {
  it('writes the same tables and search index as registering each document through the service', async () => {
    const generated = makeTempDir('vanthu-gen-');
    const replayed = makeTempDir('vanthu-replay-');
    dirs.push(generated, replayed);
    await generateDatabase({ out: join(generated, 'data'), docs: DOCS, seed: SEED, from: FROM, to: TO, attachmentRate: 0.3 });
    const a = openDatabase(dataPaths(join(generated, 'data')).database);
    const b = replay(join(replayed, 'data'));
    try {
      expect((a.prepare('SELECT count(*) AS n FROM tasks').get() as { n: number }).n).toBeGreaterThan(DOCS * 2);
      expect((a.prepare("SELECT count(*) AS n FROM tasks WHERE status = 'hoan_thanh'").get() as { n: number }).n).toBeGreaterThan(DOCS);
      expect((a.prepare('SELECT count(*) AS n FROM files WHERE text_content IS NOT NULL').get() as { n: number }).n).toBeGreaterThan(10);
      for (const table of TABLES) expect(rows(a, table), table).toEqual(rows(b, table));
      const terms = (a.prepare('SELECT term FROM search_terms').all() as Array<{ term: string }>).map((r) => r.term);
      expect(terms.length).toBeGreaterThan(200);
      for (const term of terms) expect(matches(a, `"${term}"`), term).toEqual(matches(b, `"${term}"`));
      for (const column of ['subject', 'symbol', 'author', 'unit', 'kind_name', 'body']) {
        for (const term of terms.slice(0, 60)) expect(matches(a, `{${column}} : "${term}"`)).toEqual(matches(b, `{${column}} : "${term}"`));
      }
      expect(matches(a, '{tags} : zzmat')).toEqual(matches(b, '{tags} : zzmat'));
    } finally {
      a.close();
      b.close();
    }
  });

  it('is repeatable: the same seed gives the same documents', () => {
    const make = () => {
      const random = createRandom(SEED);
      const directory = {
        bodies: [{ id: 1, spec: { name: 'Bộ Y tế', code: 'BYT', style: 'ministry' as const, weight: 1 } }],
        units: [{ id: 1, name: 'Văn phòng Sở' }],
      };
      return Array.from({ length: 20 }, (_, index) =>
        generateDocument(random, directory, { index, total: 20, fromDay: dayOf(FROM), toDay: dayOf(TO), attachmentRate: 0.1, seed: SEED }),
      );
    };
    expect(make()).toEqual(make());
  });
});
