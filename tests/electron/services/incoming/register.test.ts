import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../../helpers/test-runtime';
import { makeIncoming } from '../../../helpers/incoming-fixtures';
import { storedFilePath } from '../../../../electron/services/files/file-store';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

function pdfBytes(text: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);
}

describe('incoming.register', () => {
  it('stores the fields split and together, links the issuer to the directory, and defaults ngày đến to today', async () => {
    rt = createTestRuntime({ today: '2021-10-01' });
    const body = await rt.call('bodies.create', { name: 'Sở Y tế tỉnh Đồng Nai', aliases: ['SYT Đồng Nai'] });
    const record = await rt.call(
      'incoming.register',
      makeIncoming({ receivedDate: null, issuerName: 'SYT Đồng Nai', numberAndSymbol: ' 8161 / SYT-KHTC ' }),
    );
    expect(record).toMatchObject({
      year: 2021,
      number: 1,
      receivedDate: '2021-10-01',
      issuerId: body.id,
      issuerName: 'SYT Đồng Nai',
      docNumber: '8161',
      docSymbol: 'SYT-KHTC',
      numberAndSymbol: '8161/SYT-KHTC',
      receiveMethod: 'giay',
      state: 'cho_phan_phoi',
      history: [{ action: 'create' }],
    });
  });

  it('adds an issuer it has not seen to the directory', async () => {
    rt = createTestRuntime();
    const record = await rt.call('incoming.register', makeIncoming({ issuerName: 'UBND tỉnh Lạng Sơn' }));
    const bodies = await rt.call('bodies.list', {});
    expect(bodies.map((b) => b.name)).toEqual(['UBND tỉnh Lạng Sơn']);
    expect(record.issuerId).toBe(bodies[0]?.id);
  });

  it('warns of a duplicate (số ký hiệu, tác giả, ngày văn bản), shows the earlier record, and registers only when confirmed', async () => {
    rt = createTestRuntime();
    const first = await rt.call('incoming.register', makeIncoming());
    const again = makeIncoming({ numberAndSymbol: '8161/syt-khtc', issuerName: 'SỞ Y TẾ TỈNH ĐỒNG NAI', receivedDate: '2021-10-02' });
    await expect(rt.call('incoming.register', again)).rejects.toMatchObject({
      code: 'DUPLICATE',
      message: expect.stringContaining('đã được đăng ký (số đến 1/2021)'),
    });
    expect(
      await rt.call('incoming.checkDuplicate', {
        numberAndSymbol: '8161/SYT-KHTC',
        issuerName: 'Sở Y tế tỉnh Đồng Nai',
        docDate: '2021-09-29',
      }),
    ).toMatchObject([{ id: first.id, number: 1, subject: first.subject }]);
    const confirmed = await rt.call('incoming.register', { ...again, confirmDuplicate: true });
    expect(confirmed.number).toBe(2);
    expect(await rt.call('incoming.register', makeIncoming({ docDate: '2021-09-28' }))).toMatchObject({ number: 3 });
    expect(await rt.call('incoming.register', makeIncoming({ numberAndSymbol: '/SYT-KHTC' }))).toMatchObject({ number: 4 });
    expect(await rt.call('incoming.register', makeIncoming({ numberAndSymbol: '/SYT-KHTC' }))).toMatchObject({ number: 5 });
  });

  it('refuses a ngày văn bản after ngày đến in Vietnamese and writes nothing', async () => {
    rt = createTestRuntime();
    await expect(rt.call('incoming.register', makeIncoming({ docDate: '2021-10-05' }))).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { docDate: 'Ngày văn bản không được sau ngày đến.' },
    });
    await expect(rt.call('incoming.register', makeIncoming({ kind: 'Thư tình' }))).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(rt.call('incoming.register', makeIncoming({ subject: '  ' }))).rejects.toThrow('Trích yếu: chưa nhập.');
    expect(rt.db.prepare('SELECT count(*) AS n FROM incoming_documents').get()).toEqual({ n: 0 });
    expect(rt.db.prepare('SELECT count(*) AS n FROM series_counters').get()).toEqual({ n: 0 });
  });
});

describe('incoming.update', () => {
  it('records who changed what, old and new, and refuses a stale version', async () => {
    rt = createTestRuntime();
    const unit = await rt.call('units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' });
    const record = await rt.call('incoming.register', makeIncoming());
    const updated = await rt.call('incoming.update', {
      ...makeIncoming(),
      id: record.id,
      version: record.version,
      subject: 'V/v nâng cao hiệu quả phòng, chống dịch',
      urgency: 'khan',
      recipientUnitId: unit.id,
      transferredDate: '2021-10-01',
    });
    expect(updated).toMatchObject({
      state: 'da_chuyen',
      recipient: 'Phòng Kế hoạch – Tài chính',
      urgency: 'khan',
      version: record.version + 1,
    });
    expect(updated.history[0]).toMatchObject({ action: 'update' });
    expect(updated.history[0]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'subject', label: 'Trích yếu', old: record.subject, new: 'V/v nâng cao hiệu quả phòng, chống dịch' },
        { field: 'urgency', label: 'Mức độ khẩn', old: null, new: 'Khẩn' },
        { field: 'transferredDate', label: 'Ngày chuyển', old: null, new: '2021-10-01' },
      ]),
    );
    await expect(
      rt.call('incoming.update', { ...makeIncoming(), id: record.id, version: record.version, note: 'x' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      rt.call('incoming.update', {
        ...makeIncoming(),
        id: record.id,
        version: updated.version,
        receivedDate: '2022-01-03',
        docDate: '2021-09-29',
      }),
    ).rejects.toThrow(/phải thuộc năm 2021/);
  });
});

describe('attachments', () => {
  it('round-trips a file byte for byte, stored under its hash, whatever its name says', async () => {
    rt = createTestRuntime();
    const bytes = pdfBytes('Văn bản 8161');
    const staged = await rt.call('attachments.stage', { name: '../../x.pdf', data: bytes });
    expect(staged).toMatchObject({ name: 'x.pdf', size: bytes.length, mime: 'application/pdf' });
    const record = await rt.call('incoming.register', makeIncoming({ attachments: [{ sha256: staged.sha256, name: staged.name }] }));
    expect(record.attachments).toMatchObject([{ name: 'x.pdf', sha256: staged.sha256, url: `/files/${staged.sha256}?name=x.pdf` }]);
    const path = storedFilePath(rt.ctx.paths, staged.sha256);
    expect(path.startsWith(join(rt.dataDir, 'files'))).toBe(true);
    expect(Buffer.compare(readFileSync(path), Buffer.from(bytes))).toBe(0);
    expect(existsSync(join(rt.dataDir, '..', 'x.pdf'))).toBe(false);
    expect(readdirSync(rt.ctx.paths.tmp)).toEqual([]);
  });

  it('refuses empty, mislabelled, unknown and oversized files with a clear message', async () => {
    rt = createTestRuntime();
    await expect(rt.call('attachments.stage', { name: 'a.pdf', data: new Uint8Array() })).rejects.toThrow('Tệp "a.pdf" rỗng.');
    await expect(rt.call('attachments.stage', { name: 'scan.pdf', data: new TextEncoder().encode('MZ not a pdf') })).rejects.toThrow(
      'Tệp "scan.pdf" không phải là PDF thật (nội dung không khớp với đuôi tệp).',
    );
    await expect(rt.call('attachments.stage', { name: 'run.exe', data: new Uint8Array([1, 2]) })).rejects.toMatchObject({
      code: 'BAD_FILE',
    });
    await rt.call('settings.update', { attachmentMaxMb: 1 });
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set([0x25, 0x50, 0x44, 0x46]);
    await expect(rt.call('attachments.stage', { name: 'big.pdf', data: big })).rejects.toThrow(/lớn hơn 1 MB/);
    expect(rt.db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 0 });
  });

  it('detaches a file but keeps it in the history and on disk', async () => {
    rt = createTestRuntime();
    const staged = await rt.call('attachments.stage', { name: 'cong-van.pdf', data: pdfBytes('a') });
    const record = await rt.call('incoming.register', makeIncoming({ attachments: [staged] }));
    const attachmentId = record.attachments[0]?.id ?? 0;
    const after = await rt.call('attachments.detach', { documentId: record.id, attachmentId, reason: 'Gửi nhầm tệp' });
    expect(after.attachments[0]?.removedAt).not.toBeNull();
    expect(after.attachmentCount).toBe(0);
    expect(after.history[0]?.changes[0]).toMatchObject({ old: 'cong-van.pdf', new: '(đã gỡ: Gửi nhầm tệp)' });
    expect(existsSync(storedFilePath(rt.ctx.paths, staged.sha256))).toBe(true);
  });
});
