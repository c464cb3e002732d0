import { api } from '../../tests/e2e/helpers/api';
import { startApp } from '../../tests/e2e/helpers/app-server';
import { type BenchResult, result } from '../lib/results';
import { peakRssMb } from './browser';

const QUERIES = ['y te', 'Đồng Nai', 'trien khai ket luan', 'SYT-KHTC', 'tiêm chủng'];

/**
 * The browser-mode server's peak resident memory (VmHWM) on a large data folder, after what a
 * morning of work asks of it: Trang chủ, the register of the busiest year, searches, the due tasks.
 */
export async function measureServerMemory(dataDir: string, year: number, docs: number): Promise<BenchResult> {
  const app = await startApp({ dataDir });
  try {
    await api(app, 'home.summary', {});
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const list = (await api(app, 'incoming.list', { year, limit: 100, cursor })) as { nextCursor: string | null };
      cursor = list.nextCursor;
      if (!cursor) break;
    }
    for (const q of QUERIES) await api(app, 'search.query', { q });
    await api(app, 'tasks.due', { within: 7 });
    const rss = app.process.pid ? peakRssMb(app.process.pid) : Number.NaN;
    return result(
      `server peak RSS at ${docs.toLocaleString('en-US')} documents`,
      'MB',
      { p50: rss, p95: rss },
      {
        target: '≤ 300 MB',
        pass: (x) => x.p95 <= 300,
        note: 'VmHWM after Trang chủ, 20 register pages, 5 searches and the due tasks over HTTP',
      },
    );
  } finally {
    await app.stop();
  }
}
