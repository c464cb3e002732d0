import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type Db, openDatabase } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { dataPaths, ensureDataDirs } from '../../electron/services/paths';
import { rebuildSearchIndex } from '../../electron/services/search/search-index';
import { dayOf, generateDocument } from './documents';
import { createRandom } from './random';
import { writeDirectory, writeDocument } from './write';

export interface GenerateOptions {
  /** The data folder to create (vanthu.sqlite inside, as --data-dir expects). */
  out: string;
  docs: number;
  seed?: number;
  /** First and last ngày đến, 'YYYY-MM-DD' (default 2019-01-01 … 2026-11-30). */
  from?: string;
  to?: string;
  /** Share of documents with attachment text (default 0.1). */
  attachmentRate?: number;
  /** Replace an existing folder. */
  force?: boolean;
  onProgress?: (done: number, total: number, phase: 'documents' | 'index') => void;
}

export interface GenerateReport {
  database: string;
  docs: number;
  tasks: number;
  indexed: number;
  bytes: number;
  documentsSeconds: number;
  indexSeconds: number;
  docsPerSecond: number;
}

const BATCH = 5000;

/**
 * The repositories compile their SQL on every call (cheap for one registration, most of the cost
 * for a million); on the generator's own connection each SQL text is compiled once and reused.
 * They only ever call run/get/all, so a shared statement behaves the same.
 */
function cacheStatements(db: Db): void {
  const compile = db.prepare.bind(db);
  const cache = new Map<string, ReturnType<typeof compile>>();
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = compile(sql);
      cache.set(sql, statement);
    }
    return statement;
  }) as typeof db.prepare;
}

/**
 * A seeded, repeatable benchmark database: the directory, then `docs` incoming documents with about
 * three tasks each, written in transactions of 5,000 through the same repository functions the
 * services use, then the search index built in one pass (rebuildSearchIndex).
 */
export async function generateDatabase(options: GenerateOptions): Promise<GenerateReport> {
  if (existsSync(options.out)) {
    if (!options.force) throw new Error(`${options.out} đã có; thêm --force để ghi đè.`);
    rmSync(options.out, { recursive: true, force: true });
  }
  mkdirSync(options.out, { recursive: true });
  const paths = dataPaths(options.out);
  ensureDataDirs(paths);
  return writeAll(paths.database, options);
}

async function writeAll(file: string, options: GenerateOptions): Promise<GenerateReport> {
  const db = openDatabase(file);
  try {
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -256000');
    migrate(db);
    cacheStatements(db);
    const seed = options.seed ?? 20_261_206;
    const random = createRandom(seed);
    const fromDay = dayOf(options.from ?? '2019-01-01');
    const toDay = dayOf(options.to ?? '2026-11-30');
    const started = performance.now();
    const directory = db.transaction(() => writeDirectory(db, random, fromDay * 86_400_000))();
    const docOptions = { total: options.docs, fromDay, toDay, attachmentRate: options.attachmentRate ?? 0.1, seed };
    for (let start = 0; start < options.docs; start += BATCH) {
      const end = Math.min(options.docs, start + BATCH);
      db.transaction(() => {
        for (let index = start; index < end; index++) writeDocument(db, generateDocument(random, directory, { ...docOptions, index }));
      })();
      options.onProgress?.(end, options.docs, 'documents');
      await new Promise((resolve) => setImmediate(resolve));
    }
    const documentsSeconds = (performance.now() - started) / 1000;
    const indexStarted = performance.now();
    const indexed = rebuildSearchIndex(db, ({ done }) => {
      if (done % 50_000 < BATCH) options.onProgress?.(done, 0, 'index');
    });
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    const tasks = (db.prepare('SELECT count(*) AS n FROM tasks').get() as { n: number }).n;
    db.pragma('synchronous = FULL');
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = (db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number);
    return {
      database: file,
      docs: options.docs,
      tasks,
      indexed,
      /** Bytes in use (pages minus the free list): the size the file has after VACUUM. */
      bytes: pages * (db.pragma('page_size', { simple: true }) as number),
      documentsSeconds,
      indexSeconds,
      docsPerSecond: options.docs / documentsSeconds,
    };
  } finally {
    db.close();
  }
}
