import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIncoming } from '../../../helpers/incoming-fixtures';
import { type SeededRegisters, seedRegisters } from '../../../helpers/reports-fixtures';
import { createTestRuntime, type TestRuntime } from '../../../helpers/test-runtime';

let rt: TestRuntime;
let seeded: SeededRegisters;
let incomingSeries: number;

beforeAll(async () => {
  rt = createTestRuntime({ today: '2025-01-05' });
  seeded = await seedRegisters(rt);
  incomingSeries = (
    rt.db.prepare("SELECT id FROM number_series WHERE direction = 'den' AND is_secret = 0 AND is_default = 1").get() as { id: number }
  ).id;
});
afterAll(async () => rt.dispose());

describe('khóa sổ', () => {
  it('is refused before 31/12 of the year', async () => {
    await expect(rt.call('years.close', { seriesId: incomingSeries, year: 2025 })).rejects.toThrow(
      'Chỉ khóa sổ văn bản đến năm 2025 từ ngày 31/12/2025.',
    );
  });

  it('keeps the printed PDF with its SHA-256 and locks the year: no edit or cancellation; annotations go to the history', async () => {
    const years = await rt.call('years.list', {});
    expect(years.find((y) => y.seriesId === incomingSeries && y.year === 2024)).toMatchObject({
      entryCount: 4,
      canClose: true,
      closure: null,
    });
    const closure = await rt.call('years.close', { seriesId: incomingSeries, year: 2024, volume: '01' });
    expect(closure).toMatchObject({ year: 2024, entryCount: 4, volume: '01' });
    const file = join(rt.dataDir, 'files', closure.pdfSha256.slice(0, 2), closure.pdfSha256);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(closure.pdfSha256);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Quyển số: 01');

    const a = seeded.incomingIds[0] as number;
    const record = await rt.call('incoming.get', { id: a });
    const locked = { code: 'LOCKED', message: expect.stringContaining('đã khóa') };
    await expect(
      rt.call('incoming.update', {
        ...makeIncoming({ receivedDate: '2024-03-04', docDate: '2024-03-01', note: 'Sửa' }),
        id: a,
        version: record.version,
      }),
    ).rejects.toMatchObject(locked);
    await expect(rt.call('incoming.cancel', { id: a, reason: 'thử' })).rejects.toMatchObject(locked);
    const history = await rt.call('incoming.annotate', { id: a, note: 'Đính chính: ngày văn bản đúng là 02/03/2024' });
    expect(history[0]).toMatchObject({
      action: 'annotate',
      changes: [{ label: 'Ghi chú bổ sung', new: 'Đính chính: ngày văn bản đúng là 02/03/2024' }],
    });
    expect((await rt.call('incoming.get', { id: a })).version).toBe(record.version);

    // Another year, the outgoing register and the tasks of the closed year go on.
    expect(
      (await rt.call('incoming.register', makeIncoming({ receivedDate: '2025-01-05', numberAndSymbol: '1/Y', docDate: '2025-01-03' })))
        .number,
    ).toBe(1);
    await rt.call('outgoing.annotate', { id: seeded.outgoingIds[2] as number, note: 'Đã gửi', transferredDate: '2024-05-06' });
    const tasks = await rt.call('tasks.list', { due: 'qua_han' } as never);
    expect(tasks.length).toBeGreaterThan(0);
    await rt.call('tasks.transition', { id: (tasks[0] as { id: number }).id, action: 'complete', completedDate: '2025-01-04' });

    const after = await rt.call('years.list', {});
    expect(after.find((y) => y.seriesId === incomingSeries && y.year === 2024)).toMatchObject({
      canClose: false,
      closure: { pdfSha256: closure.pdfSha256 },
    });
    await expect(rt.call('years.close', { seriesId: incomingSeries, year: 2024 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(() => rt.db.prepare('DELETE FROM register_closures').run()).toThrow(/REGISTER_CLOSURE_FINAL/);
  });

  it('locks the outgoing register too; outgoing.remark records a correction', async () => {
    const series = (
      rt.db.prepare("SELECT id FROM number_series WHERE direction = 'di' AND is_secret = 0 AND is_default = 1").get() as { id: number }
    ).id;
    await rt.call('years.close', { seriesId: series, year: 2024 });
    const id = seeded.outgoingIds[0] as number;
    await expect(rt.call('outgoing.annotate', { id, note: 'Sửa', transferredDate: null })).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(
      rt.call('outgoing.issue', { kind: 'Công văn', subject: 'V/v muộn', docDate: '2024-12-31', recipients: ['Như trên'] }),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    const history = await rt.call('outgoing.remark', { id, note: 'Bản gửi Sở Tài chính bị trả lại' });
    expect(history[0]).toMatchObject({ action: 'annotate' });
  });
});
