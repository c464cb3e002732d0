import type { SearchKind, SearchResult } from '@shared/contract/search';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../../../electron/db/connection';
import { registerIncoming } from '../../../../electron/services/incoming/incoming-service';
import { makeIncoming } from '../../../helpers/incoming-fixtures';
import { signInAs } from '../../../helpers/sessions';
import { createTestRuntime, type TestRuntime } from '../../../helpers/test-runtime';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

async function register(overrides: Parameters<typeof makeIncoming>[0]) {
  return rt.call('incoming.register', { ...makeIncoming(overrides), confirmDuplicate: true });
}

async function ids(q: string, kind: SearchKind = 'incoming', sort: 'newest' | 'relevance' = 'newest'): Promise<number[]> {
  const result = await rt.call('search.query', { q, kinds: [kind], sort });
  return result.groups[0]?.hits.map((h) => h.id) ?? [];
}

function group(result: SearchResult, kind: SearchKind) {
  const found = result.groups.find((g) => g.kind === kind);
  if (!found) throw new Error(`no ${kind} group`);
  return found;
}

describe('search.query: Vietnamese folding', () => {
  it('finds the same rows with or without diacritics and in capitals, đ → d, both tone placements', async () => {
    rt = createTestRuntime();
    const dongNai = await register({
      issuerName: 'UBND tỉnh Đồng Nai',
      numberAndSymbol: '1/UBND-VX',
      subject: 'Về việc sửa chữa đường giao thông',
    });
    const hoaBinhOld = await register({ issuerName: 'UBND tỉnh Hoà Bình', numberAndSymbol: '2/UBND-VX', subject: 'Về lịch tiếp công dân' });
    const hoaBinhNew = await register({ issuerName: 'UBND tỉnh Hòa Bình', numberAndSymbol: '3/UBND-VX', subject: 'Về lịch trực Tết' });
    expect(await ids('dong nai')).toEqual([dongNai.id]);
    expect(await ids('Đồng Nai')).toEqual([dongNai.id]);
    expect(await ids('ĐỒNG NAI')).toEqual([dongNai.id]);
    expect(await ids('duong')).toEqual([dongNai.id]);
    expect(await ids('hoa binh')).toEqual([hoaBinhNew.id, hoaBinhOld.id]);
    expect(await ids('Hoà Bình')).toEqual([hoaBinhNew.id, hoaBinhOld.id]);
  });

  it('ranks a match with the typed diacritics above one that only matches folded', async () => {
    rt = createTestRuntime();
    const exact = await register({
      receivedDate: '2021-09-01',
      docDate: '2021-09-01',
      numberAndSymbol: '5/SYT',
      subject: 'Về việc hòa giải ở cơ sở',
    });
    const folded = await register({
      receivedDate: '2021-09-20',
      docDate: '2021-09-20',
      numberAndSymbol: '6/SYT',
      subject: 'Về việc hoa quả nhập khẩu',
    });
    expect(await ids('hòa', 'incoming', 'newest')).toEqual([folded.id, exact.id]);
    expect(await ids('hòa', 'incoming', 'relevance')).toEqual([exact.id, folded.id]);
    expect(await ids('hoà', 'incoming', 'relevance')).toEqual([exact.id, folded.id]);
    expect(await ids('hoa', 'incoming', 'relevance')).toEqual([folded.id, exact.id]);
  });

  it('matches the last word as a prefix while typing, quoted phrases as phrases', async () => {
    rt = createTestRuntime();
    const a = await register({ numberAndSymbol: '10/SYT', subject: 'Triển khai Kết luận số 448-KL/TU của Tỉnh ủy' });
    const b = await register({ numberAndSymbol: '11/SYT', subject: 'Kết quả thực hiện và luận chứng kinh tế' });
    expect(await ids('trien kh')).toEqual([a.id]);
    expect(await ids('trien khai ket luan 448')).toEqual([a.id]);
    expect(await ids('ket luan')).toEqual([b.id, a.id]);
    expect(await ids('"kết luận"')).toEqual([a.id]);
    expect(await ids('"ket qua thuc"')).toEqual([b.id]);
    expect(await ids('ket lu')).toEqual([b.id, a.id]);
  });

  it('finds số/ký hiệu fragments', async () => {
    rt = createTestRuntime();
    const syt = await register({ numberAndSymbol: '8161/SYT-KHTC', subject: 'Về phòng chống dịch' });
    const qd = await register({ numberAndSymbol: '15/2024/QĐ-UBND', kind: 'Quyết định', subject: 'Ban hành quy chế' });
    const other = await register({ numberAndSymbol: '816/STC-NS', subject: 'Về ngân sách' });
    const nv = await register({ numberAndSymbol: '12/SYT-KHNV', subject: 'Về khám chữa bệnh' });
    const reversed = await register({ numberAndSymbol: '7/KH-SYT', subject: 'Về kế hoạch năm' });
    expect(await ids('8161/SYT')).toEqual([syt.id]);
    // A fragment ending in part of a word: every completion of the last part, in that position only.
    expect((await ids('SYT-KH')).sort()).toEqual([syt.id, nv.id].sort());
    expect(await ids('KH-SYT')).toEqual([reversed.id]);
    expect(await ids('SYT-KHT')).toEqual([syt.id]);
    expect(await ids('8161/')).toEqual([syt.id]);
    expect(await ids('QĐ-UBND')).toEqual([qd.id]);
    expect(await ids('qd-ubnd')).toEqual([qd.id]);
    expect(await ids('816/')).toEqual([other.id]);
  });
});

describe('search.query: filters, kinds, visibility', () => {
  it('applies tác giả:, loại:, năm:, đơn vị: and số: filters', async () => {
    rt = createTestRuntime();
    const unit = await rt.call('units.create', { name: 'Phòng Nghiệp vụ Dược', abbreviation: 'NVD' });
    const a = await register({
      issuerName: 'Bộ Y tế',
      numberAndSymbol: '20/BYT-KH',
      receivedDate: '2024-03-02',
      docDate: '2024-03-01',
      subject: 'Về thuốc',
    });
    const b = await register({
      issuerName: 'Sở Tài chính',
      numberAndSymbol: '21/QĐ-STC',
      kind: 'Quyết định',
      receivedDate: '2023-05-02',
      docDate: '2023-05-01',
      subject: 'Về thuốc và vật tư',
      recipientUnitId: unit.id,
    });
    expect(await ids('thuoc tác giả:"bộ y tế"')).toEqual([a.id]);
    expect(await ids('thuoc tac gia:"so tai chinh"')).toEqual([b.id]);
    expect(await ids('thuoc loại:"quyết định"')).toEqual([b.id]);
    expect(await ids('thuoc năm:2024')).toEqual([a.id]);
    expect(await ids('năm:2023')).toEqual([b.id]);
    expect(await ids('thuoc đơn vị:"nghiệp vụ dược"')).toEqual([b.id]);
    expect(await ids('số:21')).toEqual([b.id]);
    expect(await ids('so:BYT')).toEqual([a.id]);
  });

  it('covers outgoing documents, drafts and tasks, each in its own group', async () => {
    rt = createTestRuntime();
    await rt.call('agency.save', { parentName: 'UBND TỈNH ĐỒNG NAI', name: 'Sở Y tế', abbreviation: 'SYT', place: 'Đồng Nai' });
    const unit = await rt.call('units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' });
    const incoming = await register({
      subject: 'Về kiểm tra an toàn thực phẩm',
      tasks: [{ content: 'Kiểm tra an toàn thực phẩm dịp Tết', leadText: 'Phòng Kế hoạch – Tài chính', leadUnitId: unit.id }],
    });
    const outgoing = await rt.call('outgoing.issue', {
      kind: 'Công văn',
      subject: 'Báo cáo kết quả kiểm tra an toàn thực phẩm',
      recipients: ['Như trên'],
      draftingUnitId: unit.id,
    });
    const draft = await rt.call('drafts.create', { kind: 'Kế hoạch', draftingUnitId: unit.id });
    await rt.call('drafts.save', {
      id: draft.id,
      version: draft.version,
      content: { ...draft.content, subject: 'Kế hoạch kiểm tra an toàn thực phẩm' },
    });
    const result = await rt.call('search.query', { q: 'an toan thuc pham' });
    expect(result.groups.map((g) => g.kind)).toEqual(['incoming', 'outgoing', 'drafts', 'tasks']);
    expect(group(result, 'incoming').hits.map((h) => h.id)).toEqual([incoming.id]);
    expect(group(result, 'outgoing').hits.map((h) => h.id)).toEqual([outgoing.id]);
    expect(group(result, 'drafts').hits.map((h) => h.id)).toEqual([draft.id]);
    expect(group(result, 'tasks').hits[0]).toMatchObject({ detail: 'Chưa xử lý' });
    const hit = group(result, 'incoming').hits[0];
    expect(hit?.subject.marks.map(([s, e]) => hit.subject.text.slice(s, e))).toEqual(['an', 'toàn', 'thực', 'phẩm']);
  });

  it('shows a cancelled document as cancelled, and hides secret ones from a role without clearance', async () => {
    rt = createTestRuntime();
    const open = await register({ numberAndSymbol: '30/SYT', subject: 'Về công tác tuyển sinh' });
    const secret = await register({ numberAndSymbol: '31/SYT', subject: 'Về công tác tuyển sinh', secrecy: 'mat' });
    await rt.call('incoming.cancel', { id: open.id, reason: 'Đăng ký nhầm' });
    const admin = await rt.call('search.query', { q: 'tuyen sinh', kinds: ['incoming'] });
    expect(group(admin, 'incoming').hits.map((h) => [h.id, h.isCancelled, h.isSecret])).toEqual([
      [secret.id, false, true],
      [open.id, true, false],
    ]);
    await signInAs(rt, 'admin', 'quantri');
    const specialist = await signInAs(rt, 'specialist', 'chuyenvien');
    const seen = await specialist.call('search.query', { q: 'tuyen sinh', kinds: ['incoming'] });
    expect(group(seen, 'incoming')).toMatchObject({ total: 1, hits: [{ id: open.id }] });
    const leader = await signInAs(rt, 'leader', 'lanhdao');
    expect(group(await leader.call('search.query', { q: 'tuyen sinh', kinds: ['incoming'] }), 'incoming').total).toBe(2);
  });
});

describe('search.query: order, pages and counts', () => {
  it('pages newest first by ngày đến with a cursor, never repeating or losing a row', async () => {
    rt = createTestRuntime();
    const registered: number[] = [];
    for (let i = 0; i < 23; i++) {
      const day = String((i % 9) + 1).padStart(2, '0');
      const doc = await register({
        numberAndSymbol: `${100 + i}/SYT`,
        receivedDate: `2024-0${(i % 3) + 1}-${day}`,
        docDate: `2024-01-01`,
        subject: `Báo cáo tuần số ${i}`,
      });
      registered.push(doc.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchResult = await rt.call('search.query', { q: 'bao cao tuan', kinds: ['incoming'], limit: 10, cursor });
      const g = group(page, 'incoming');
      expect(g.total).toBe(23);
      seen.push(...g.hits.map((h) => `${h.date}#${String(h.id).padStart(3, '0')}`));
      cursor = g.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(23);
    expect(seen).toEqual([...seen].sort().reverse());
  });
});

describe('the index follows every write', () => {
  it('reflects an edit at once and a rolled-back write leaves no index row', async () => {
    rt = createTestRuntime();
    const doc = await register({ numberAndSymbol: '40/SYT', subject: 'Về việc mua sắm thiết bị' });
    await rt.call('incoming.update', {
      ...makeIncoming({ numberAndSymbol: '40/SYT', subject: 'Về việc sửa chữa trụ sở' }),
      id: doc.id,
      version: doc.version,
    });
    expect(await ids('mua sam')).toEqual([]);
    expect(await ids('sua chua tru so')).toEqual([doc.id]);
    const before = rt.db.prepare('SELECT count(*) AS n FROM search_entries').get();
    expect(() =>
      writeTransaction(rt.db, () => {
        registerIncoming(
          rt.ctx,
          {
            ...makeIncoming({ numberAndSymbol: '41/SYT', subject: 'Về việc xây dựng nhà kho' }),
            seriesId: null,
            tasks: [],
            attachments: [],
            confirmDuplicate: true,
            extractionJson: null,
            issuerId: null,
            signerTitle: null,
            signerName: null,
            secrecy: null,
            urgency: null,
            pageCount: null,
            receiveMethod: 'giay',
            dueDate: null,
            recipientUnitId: null,
            recipientPersonId: null,
            recipientNote: null,
            transferredDate: null,
            note: null,
          } as never,
          null,
        );
        throw new Error('hỏng giữa chừng');
      }),
    ).toThrow('hỏng giữa chừng');
    expect(rt.db.prepare('SELECT count(*) AS n FROM search_entries').get()).toEqual(before);
    expect(await ids('nha kho')).toEqual([]);
  });

  it('indexes attachment text recorded by Tiếp nhận, and rebuilds to the same answers', async () => {
    rt = createTestRuntime();
    const staged = await rt.call('attachments.stage', { name: 'cv.pdf', data: new TextEncoder().encode('%PDF-1.4\n%%EOF\n') });
    const doc = await register({
      numberAndSymbol: '50/SYT',
      subject: 'Về việc báo cáo',
      attachments: [{ sha256: staged.sha256, name: 'cv.pdf' }],
    });
    const { recordFileText } = await import('../../../../electron/services/search/file-text');
    recordFileText(rt.ctx, staged.sha256, 'Đề nghị các đơn vị rà soát hồ sơ bệnh án điện tử trước ngày 15/10.');
    const result = await rt.call('search.query', { q: 'benh an dien tu', kinds: ['incoming'] });
    expect(group(result, 'incoming').hits[0]).toMatchObject({ id: doc.id, snippet: { text: expect.stringContaining('bệnh án điện tử') } });
    const { rebuildSearchIndex } = await import('../../../../electron/services/search/search-index');
    expect(rebuildSearchIndex(rt.db)).toBe(1);
    expect(await ids('benh an dien tu')).toEqual([doc.id]);
    expect(await ids('bao cao')).toEqual([doc.id]);
  });

  it('rebuilds in a background job (search.reindex) and keeps saved searches per user in Vietnamese order', async () => {
    rt = createTestRuntime();
    const doc = await register({ numberAndSymbol: '60/SYT', subject: 'Về việc kiểm kê tài sản' });
    rt.db.exec('DELETE FROM search_entries');
    for (const table of ['search_incoming', 'search_tasks']) rt.db.exec(`INSERT INTO ${table} (${table}) VALUES ('delete-all')`);
    expect(await ids('kiem ke')).toEqual([]);
    const { jobId } = await rt.call('search.reindex', {});
    await expect.poll(async () => (await rt.call('jobs.list', {})).find((j) => j.id === jobId)?.state, { timeout: 20_000 }).toBe('done');
    expect(await ids('kiem ke')).toEqual([doc.id]);
    for (const name of ['Tờ trình', 'Công văn khẩn', 'Đề án', 'Báo cáo']) await rt.call('search.saveQuery', { name, query: name });
    expect((await rt.call('search.savedList', {})).map((s) => s.name)).toEqual(['Báo cáo', 'Công văn khẩn', 'Đề án', 'Tờ trình']);
  });
});
