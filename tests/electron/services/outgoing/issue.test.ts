import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestRuntime, DONG_NAI_AGENCY, makeTempDir, type TestRuntime } from '../../../helpers/test-runtime';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
let rt: TestRuntime;
afterEach(async () => rt?.dispose());

const base = { kind: 'Công văn', subject: 'V/v báo cáo tình hình', recipients: ['Như trên', 'Lưu: VT, KHTC'] };

async function setup(dataDir?: string): Promise<{ khtc: number }> {
  rt = createTestRuntime(dataDir ? { dataDir } : {});
  await rt.call('agency.save', DONG_NAI_AGENCY);
  const unit = await rt.call('units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' });
  return { khtc: unit.id };
}

function runChild(dataDir: string, count: number, tag: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        join(ROOT, 'tests/fixtures/scripts/register-many.ts'),
        dataDir,
        String(count),
        tag,
        'outgoing',
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(err))));
  });
}

describe('outgoing.issue (cấp số)', () => {
  it('composes the ký hiệu: a typed kind with the agency, a công văn with the drafting unit; pads below 10', async () => {
    const { khtc } = await setup();
    const cv = await rt.call('outgoing.issue', { ...base, draftingUnitId: khtc, docDate: '2024-05-02' });
    const qd = await rt.call('outgoing.issue', {
      ...base,
      kind: 'Quyết định',
      subject: 'Về việc thành lập Tổ công tác',
      docDate: '2024-05-03',
    });
    const ttr = await rt.call('outgoing.issue', { ...base, kind: 'Tờ trình', subject: 'Đề nghị phê duyệt', docDate: '2024-05-03' });
    expect([cv.numberAndSymbol, qd.numberAndSymbol, ttr.numberAndSymbol]).toEqual(['01/SYT-KHTC', '02/QĐ-SYT', '03/TTr-SYT']);
    expect(cv).toMatchObject({
      recipients: ['Như trên', 'Lưu: VT, KHTC'],
      draftingUnitName: 'Phòng Kế hoạch – Tài chính',
      history: [{ action: 'issue' }],
    });
  });

  it('numbers across two processes without a gap or a repeat', async () => {
    const dataDir = makeTempDir();
    await setup(dataDir);
    await rt.close();
    await Promise.all([runChild(dataDir, 150, 'A'), runChild(dataDir, 150, 'B')]);
    rt = createTestRuntime({ dataDir });
    const numbers = rt.db
      .prepare<[], { number: number }>('SELECT number FROM outgoing_documents ORDER BY number')
      .all()
      .map((r) => r.number);
    expect(numbers).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  }, 120_000);

  it('restarts on 1 January, keeps secret documents in their own series and a per-kind series when one exists', async () => {
    await setup();
    await rt.call('outgoing.issue', { ...base, docDate: '2024-12-31' });
    expect((await rt.call('outgoing.issue', { ...base, docDate: '2025-01-02' })).numberAndSymbol).toBe('01/SYT');
    const secret = await rt.call('outgoing.issue', { ...base, docDate: '2025-01-02', secrecy: 'mat' });
    expect(secret).toMatchObject({ number: 1, seriesName: 'Sổ văn bản mật đi' });
    const series = await rt.call('series.create', { name: 'Sổ Quyết định', direction: 'di', kindNames: ['Quyết định'] });
    const decision = await rt.call('outgoing.issue', { ...base, kind: 'Quyết định', docDate: '2025-01-03' });
    expect(decision).toMatchObject({ seriesId: series.id, numberAndSymbol: '01/QĐ-SYT' });
    expect((await rt.call('outgoing.issue', { ...base, docDate: '2025-01-03' })).numberAndSymbol).toBe('02/SYT');
    await expect(rt.call('outgoing.issue', { ...base, seriesId: series.id })).rejects.toThrow('"Sổ Quyết định" không dùng cho Công văn.');
  });

  it('previews the next number without taking it', async () => {
    const { khtc } = await setup();
    const preview = await rt.call('outgoing.previewNumber', { kind: 'Công văn', draftingUnitId: khtc, docDate: '2024-06-01' });
    expect(preview).toMatchObject({ nextNumber: 1, numberAndSymbol: '01/SYT-KHTC' });
    expect((await rt.call('outgoing.previewNumber', { kind: 'Công văn', draftingUnitId: khtc, docDate: '2024-06-01' })).nextNumber).toBe(1);
  });

  it('refuses to number before the agency profile exists, and writes nothing', async () => {
    rt = createTestRuntime();
    await expect(rt.call('outgoing.issue', base)).rejects.toThrow(/Chưa có thông tin cơ quan/);
    expect(rt.db.prepare('SELECT count(*) AS n FROM series_counters').get()).toEqual({ n: 0 });
  });

  it('changes only the register columns when annotated, with history', async () => {
    await setup();
    const issued = await rt.call('outgoing.issue', { ...base, docDate: '2024-07-01' });
    const annotated = await rt.call('outgoing.annotate', { id: issued.id, note: 'Gửi qua bưu điện', transferredDate: '2024-07-02' });
    expect(annotated).toMatchObject({
      note: 'Gửi qua bưu điện',
      transferredDate: '2024-07-02',
      subject: issued.subject,
      numberAndSymbol: issued.numberAndSymbol,
    });
    expect(annotated.history[0]?.changes.map((c) => c.label)).toEqual(['Ghi chú', 'Ngày chuyển']);
    const page = await rt.call('outgoing.list', { year: 2024 });
    expect(page.rows.map((r) => r.numberAndSymbol)).toEqual(['01/SYT']);
  });
});
