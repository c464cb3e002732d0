import { makeIncoming } from './incoming-fixtures';
import { DONG_NAI_AGENCY, type TestRuntime } from './test-runtime';

export interface SeededRegisters {
  units: { khtc: number; nvy: number };
  incomingIds: number[];
  outgoingIds: number[];
}

/**
 * A small year 2024 for the printed registers and Phụ lục VI reports: four incoming documents (one
 * cancelled, one secret in the secret series, one without assignment), tasks done on time, late and
 * open, and three outgoing documents passed on the same day, the next working day and late.
 */
export async function seedRegisters(rt: TestRuntime): Promise<SeededRegisters> {
  await rt.call('agency.save', DONG_NAI_AGENCY);
  const khtc = (await rt.call('units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' })).id;
  const nvy = (await rt.call('units.create', { name: 'Phòng Nghiệp vụ Y', abbreviation: 'NVY' })).id;
  const a = await rt.call(
    'incoming.register',
    makeIncoming({
      receivedDate: '2024-03-04',
      docDate: '2024-03-01',
      numberAndSymbol: '15/UBND-KT',
      issuerName: 'UBND tỉnh Đồng Nai',
      recipientUnitId: khtc,
      transferredDate: '2024-03-05',
    }),
  );
  const b = await rt.call(
    'incoming.register',
    makeIncoming({
      receivedDate: '2024-03-11',
      docDate: '2024-03-08',
      numberAndSymbol: '220/BYT-KHTC',
      issuerName: 'Bộ Y tế',
      subject: 'V/v báo cáo số liệu quý I',
    }),
  );
  const c = await rt.call(
    'incoming.register',
    makeIncoming({
      receivedDate: '2024-04-02',
      docDate: '2024-03-29',
      numberAndSymbol: '31/STC-NS',
      issuerName: 'Sở Tài chính',
      recipientUnitId: nvy,
      dueDate: '2024-04-20',
    }),
  );
  await rt.call('incoming.cancel', { id: c.id, reason: 'Vào sổ nhầm' });
  const d = await rt.call(
    'incoming.register',
    makeIncoming({
      receivedDate: '2024-04-05',
      docDate: '2024-04-01',
      numberAndSymbol: '5/A-M',
      issuerName: 'Công an tỉnh',
      secrecy: 'mat',
    }),
  );
  const e = await rt.call(
    'incoming.register',
    makeIncoming({
      receivedDate: '2024-05-06',
      docDate: '2024-05-02',
      numberAndSymbol: '88/SNV-TCBC',
      issuerName: 'Sở Nội vụ',
      recipientUnitId: nvy,
    }),
  );
  const t1 = await rt.call('tasks.create', {
    incomingId: a.id,
    content: 'Tham mưu',
    leadText: 'KHTC',
    leadUnitId: khtc,
    deadline: '2024-03-20',
  });
  await rt.call('tasks.transition', { id: t1.id, action: 'complete', completedDate: '2024-03-18' });
  const t2 = await rt.call('tasks.create', {
    incomingId: b.id,
    content: 'Báo cáo số liệu',
    leadText: 'KHTC',
    leadUnitId: khtc,
    deadline: '2024-03-25',
  });
  await rt.call('tasks.transition', { id: t2.id, action: 'complete', completedDate: '2024-03-28' });
  await rt.call('tasks.create', { incomingId: b.id, content: 'Rà soát', leadText: 'NVY', leadUnitId: nvy, deadline: '2024-04-15' });
  const base = { kind: 'Công văn', recipients: ['Như trên', 'Lưu: VT, KHTC'], draftingUnitId: khtc };
  // 2024-03-08 is a Friday: the next working day is Monday 11/03.
  const o1 = await rt.call('outgoing.issue', { ...base, subject: 'V/v báo cáo quý I', docDate: '2024-03-08' });
  await rt.call('outgoing.annotate', { id: o1.id, note: null, transferredDate: '2024-03-11' });
  const o2 = await rt.call('outgoing.issue', { ...base, subject: 'V/v tập huấn', docDate: '2024-03-12', draftingUnitId: nvy, copies: 3 });
  await rt.call('outgoing.annotate', { id: o2.id, note: 'Gửi bưu điện', transferredDate: '2024-03-15' });
  const o3 = await rt.call('outgoing.issue', { ...base, subject: 'V/v kế hoạch năm', docDate: '2024-05-03' });
  return { units: { khtc, nvy }, incomingIds: [a.id, b.id, c.id, d.id, e.id], outgoingIds: [o1.id, o2.id, o3.id] };
}
