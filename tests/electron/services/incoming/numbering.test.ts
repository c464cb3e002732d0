import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestRuntime, makeTempDir, type TestRuntime } from '../../../helpers/test-runtime';
import { makeIncoming } from '../../../helpers/incoming-fixtures';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
let rt: TestRuntime;
afterEach(async () => rt?.dispose());

function runChild(dataDir: string, count: number, tag: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'tests/fixtures/scripts/register-many.ts'), dataDir, String(count), tag],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`child ${tag} exited ${code}: ${err}`))));
  });
}

describe('số đến numbering', () => {
  it('gives 1,000 distinct numbers 1…1000 when two processes register 500 each at once', async () => {
    const dataDir = makeTempDir();
    const setup = createTestRuntime({ dataDir });
    await setup.close();
    const [a, b] = await Promise.all([runChild(dataDir, 500, 'A'), runChild(dataDir, 500, 'B')]);
    rt = createTestRuntime({ dataDir });
    const numbers = rt.db
      .prepare<[], { number: number }>('SELECT number FROM incoming_documents WHERE year = 2024 ORDER BY number')
      .all()
      .map((r) => r.number);
    expect(numbers).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(`${a}${b}`.trim().split('\n')).toHaveLength(1000);
  }, 120_000);

  it('restarts at 1 on 1 January', async () => {
    rt = createTestRuntime();
    await rt.call('incoming.register', makeIncoming({ receivedDate: '2024-12-30', docDate: '2024-12-27', numberAndSymbol: '1/A' }));
    const last = await rt.call(
      'incoming.register',
      makeIncoming({ receivedDate: '2024-12-31', docDate: '2024-12-27', numberAndSymbol: '2/A' }),
    );
    const first = await rt.call(
      'incoming.register',
      makeIncoming({ receivedDate: '2025-01-01', docDate: '2024-12-31', numberAndSymbol: '3/A' }),
    );
    expect([last.year, last.number, first.year, first.number]).toEqual([2024, 2, 2025, 1]);
  });

  it('keeps a cancelled document and its number, and the next one takes the following number', async () => {
    rt = createTestRuntime();
    const one = await rt.call('incoming.register', makeIncoming({ numberAndSymbol: '10/A' }));
    const cancelled = await rt.call('incoming.cancel', { id: one.id, reason: 'Đăng ký nhầm văn bản' });
    expect(cancelled).toMatchObject({ number: 1, state: 'da_huy', cancelReason: 'Đăng ký nhầm văn bản' });
    const two = await rt.call('incoming.register', makeIncoming({ numberAndSymbol: '11/A' }));
    expect(two.number).toBe(2);
    const page = await rt.call('incoming.list', { year: 2021, sort: 'number_asc' });
    expect(page.rows.map((r) => [r.number, r.state])).toEqual([
      [1, 'da_huy'],
      [2, 'cho_phan_phoi'],
    ]);
    await expect(rt.call('incoming.cancel', { id: one.id, reason: 'lần nữa' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(rt.call('incoming.update', { ...makeIncoming(), id: one.id, version: cancelled.version })).rejects.toMatchObject({
      code: 'LOCKED',
    });
  });

  it('numbers secret documents in their own series and refuses to mix them', async () => {
    rt = createTestRuntime();
    const series = await rt.call('series.list', {});
    const normal = series.find((s) => s.direction === 'den' && !s.isSecret);
    const secret = series.find((s) => s.direction === 'den' && s.isSecret);
    await rt.call('incoming.register', makeIncoming({ numberAndSymbol: '1/A' }));
    await rt.call('incoming.register', makeIncoming({ numberAndSymbol: '2/A' }));
    const classified = await rt.call('incoming.register', makeIncoming({ numberAndSymbol: '3/A', secrecy: 'mat' }));
    expect(classified).toMatchObject({ seriesId: secret?.id, number: 1, secrecy: 'mat' });
    await expect(
      rt.call('incoming.register', makeIncoming({ numberAndSymbol: '4/A', secrecy: 'toi_mat', seriesId: normal?.id })),
    ).rejects.toThrow('Văn bản mật phải đăng ký vào sổ văn bản mật.');
    await expect(rt.call('incoming.register', makeIncoming({ numberAndSymbol: '5/A', seriesId: secret?.id }))).rejects.toThrow(
      /chỉ dành cho văn bản mật/,
    );
    const next = await rt.call('incoming.register', makeIncoming({ numberAndSymbol: '6/A' }));
    expect(next).toMatchObject({ seriesId: normal?.id, number: 3 });
  });
});
