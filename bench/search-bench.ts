import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchKind } from '@shared/contract/search';
import { SEARCH_KINDS } from '@shared/contract/search';
import { parseQuery } from '@shared/search/parse-query';
import { createRuntime, type Runtime } from '../electron/api/runtime';
import { openDatabase } from '../electron/db/connection';
import { systemClock } from '../electron/services/clock';
import { createEventBus } from '../electron/services/events';
import { dataPaths } from '../electron/services/paths';
import { searchRecords } from '../electron/services/search/search-service';
import { startWebServer, type WebServer } from '../electron/server/http-server';
import { buildFtsQuery } from '../electron/services/search/fts-query';
import { SEARCH_ADAPTERS } from '../electron/services/search/kinds';
import { idOfRowid, rowidRange } from '../electron/services/search/rowid';
import { boundedCount, newestRowids, RELEVANCE_WINDOW } from '../electron/services/search/search-service';
import { type BenchResult, machineLine, markdownTable, result } from './lib/results';
import { timeSideBySide } from './lib/stats';

const CALL = { transport: 'cli' as const, session: null };
const PAGE = 20;

export interface SearchCase {
  name: string;
  q: string;
  kinds?: SearchKind[];
  sort?: 'newest' | 'relevance';
  /** newest: first page newest first (≤ 20 ms, ≤ 1.5× raw); filtered and relevance: ≤ 100 ms. */
  category: 'newest' | 'filtered' | 'relevance';
}

/** Ten typical searches of a records office: words with and without diacritics, ký hiệu fragments, filters, relevance. */
export const SEARCH_CASES: readonly SearchCase[] = [
  { name: '"y te" (common, two words)', q: 'y te', kinds: ['incoming'], category: 'newest' },
  { name: '"Đồng Nai" (diacritics)', q: 'Đồng Nai', kinds: ['incoming'], category: 'newest' },
  { name: '"trien khai ket luan"', q: 'trien khai ket luan', kinds: ['incoming'], category: 'newest' },
  { name: '"sốt xuất huyết"', q: 'sốt xuất huyết', kinds: ['incoming'], category: 'newest' },
  { name: '"QĐ-UBND" (ký hiệu fragment)', q: 'QĐ-UBND', kinds: ['incoming'], category: 'newest' },
  { name: '"benh an dien t" (typing, prefix)', q: 'benh an dien t', kinds: ['incoming'], category: 'newest' },
  { name: '"an toan thuc pham", all four kinds', q: 'an toan thuc pham', category: 'newest' },
  {
    name: 'filtered: tác giả:"bộ y tế" tiêm chủng năm:2024',
    q: 'tác giả:"bộ y tế" tiêm chủng năm:2024',
    kinds: ['incoming'],
    category: 'filtered',
  },
  { name: 'filtered: loại:"quyết định" bảo hiểm y tế', q: 'loại:"quyết định" bảo hiểm y tế', kinds: ['incoming'], category: 'filtered' },
  { name: 'relevance: "chuyển đổi số"', q: 'chuyển đổi số', kinds: ['incoming'], sort: 'relevance', category: 'relevance' },
];

/**
 * The raw SQL a hand-written screen would run for the same search, on the same connection: per kind
 * the page's rowids (or the relevance window), the bounded count, and one SELECT of the page's rows
 * by id (the trích yếu and tác giả: no joins, no highlighting).
 */
function rawQuery(runtime: Pick<Runtime, 'db'>, c: SearchCase): () => void {
  const fts = buildFtsQuery(runtime.db, parseQuery(c.q), true);
  const limit = c.sort === 'relevance' ? RELEVANCE_WINDOW : PAGE + 1;
  const adapters = (c.kinds ?? [...SEARCH_KINDS]).map((kind) => SEARCH_ADAPTERS[kind]);
  const [low, high] = rowidRange(fts.year);
  return () => {
    for (const adapter of adapters) {
      const rowids = newestRowids(runtime.db, adapter.table, fts.match, low, high, limit);
      boundedCount(runtime.db, adapter.table, fts.match, low, high);
      adapter.rankTexts(runtime.db, rowids.slice(0, PAGE).map(idOfRowid));
    }
  };
}

interface HttpClient {
  post(input: unknown): Promise<void>;
  /** Drops the kept-alive connection (between cases, so an idle socket is never reused after the server closed it). */
  reset(): void;
}

async function startHttp(runtime: Runtime): Promise<{ server: WebServer; client: HttpClient; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-bench-static-'));
  const token = 'bench-token';
  // The bench calls as the machine's administrator (as the CLI does): the HTTP layer, the router and the service are all real.
  const server = await startWebServer({
    dispatch: (method, input) => runtime.dispatch(method, input, CALL),
    events: runtime.events,
    staticDir: dir,
    token,
  });
  const url = new URL('/api/search.query', server.url);
  let agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const post = (input: unknown) =>
    new Promise<void>((resolve, reject) => {
      const body = JSON.stringify(input);
      const req = request(
        url,
        {
          method: 'POST',
          agent,
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Authorization: `Bearer ${token}` },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean; error?: { message: string } };
            if (answer.ok) resolve();
            else reject(new Error(answer.error?.message ?? 'search.query failed'));
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const reset = () => {
    agent.destroy();
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
  };
  return { server, client: { post, reset }, dir };
}

function targetOf(c: SearchCase): { target: string; pass: (m: { p95: number }, ratio: number | null) => boolean } {
  if (c.category === 'newest')
    return { target: '≤ 20 ms and ≤ 1.5× raw', pass: (m, ratio) => m.p95 <= 20 && ratio !== null && ratio <= 1.5 };
  return { target: '≤ 100 ms', pass: (m) => m.p95 <= 100 };
}

/**
 * Each case as p50/p95 over `runs` calls through the real router (dispatch) and through browser
 * mode's HTTP, beside the raw SQL floor (the same FTS5 query and bounded count on the same connection).
 */
export async function benchSearch(dataDir: string, runs = 200, cases: readonly SearchCase[] = SEARCH_CASES): Promise<BenchResult[]> {
  const runtime = createRuntime({ dataDir, mode: 'web' });
  const http = await startHttp(runtime);
  const results: BenchResult[] = [];
  try {
    for (const c of cases) {
      const input = { q: c.q, sort: c.sort ?? 'newest', limit: PAGE, ...(c.kinds ? { kinds: c.kinds } : {}) };
      const raw = rawQuery(runtime, c);
      const api = async () => {
        const r = await runtime.dispatch('search.query', input, CALL);
        if (!r.ok) throw new Error(r.error.message);
      };
      http.client.reset();
      const [floor, viaApi, overHttp] = await timeSideBySide([raw, api, () => http.client.post(input)], { runs });
      const { target, pass } = targetOf(c);
      results.push(result(`search ${c.name}: API`, 'ms', viaApi, { floor, target, pass }));
      results.push(
        result(`search ${c.name}: HTTP`, 'ms', overHttp, {
          floor,
          target: c.category === 'newest' ? '≤ 20 ms' : '≤ 100 ms',
          pass: (m) => m.p95 <= (c.category === 'newest' ? 20 : 100),
        }),
      );
    }
  } finally {
    http.client.reset();
    await http.server.close();
    rmSync(http.dir, { recursive: true, force: true });
    await runtime.close();
  }
  return results;
}

/**
 * The service alone (searchRecords: parse, FTS5, count, rows, highlights) on a read-only connection,
 * beside the same floor: for a database another process is still writing (no router, no HTTP).
 */
export async function benchSearchService(dataDir: string, runs = 200, cases: readonly SearchCase[] = SEARCH_CASES): Promise<BenchResult[]> {
  const db = openDatabase(dataPaths(dataDir).database, { readonly: true });
  const ctx = { db, clock: systemClock(), events: createEventBus(), paths: dataPaths(dataDir) };
  const results: BenchResult[] = [];
  try {
    for (const c of cases) {
      const input = { q: c.q, sort: c.sort ?? 'newest', limit: PAGE, kinds: c.kinds } as const;
      const [floor, service] = await timeSideBySide([rawQuery({ db }, c), () => searchRecords(ctx, input, true)], { runs });
      const { target, pass } = targetOf(c);
      results.push(result(`search ${c.name}: service`, 'ms', service, { floor, target, pass }));
    }
  } finally {
    db.close();
  }
  return results;
}

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('npx tsx bench/search-bench.ts <thư mục dữ liệu> [--runs 200] [--service-only] [--incoming-only]');
  const runsIndex = process.argv.indexOf('--runs');
  const runs = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 200;
  const cases = process.argv.includes('--incoming-only')
    ? SEARCH_CASES.filter((c) => c.kinds?.length === 1 && c.kinds[0] === 'incoming')
    : SEARCH_CASES;
  const results = process.argv.includes('--service-only')
    ? await benchSearchService(dataDir, runs, cases)
    : await benchSearch(dataDir, runs, cases);
  process.stdout.write(`${machineLine()}\n\n${markdownTable(results)}\n`);
}

if (process.argv[1]?.endsWith('search-bench.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
