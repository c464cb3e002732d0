import { afterEach, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../../helpers/test-runtime';
import { makeIncoming } from '../../../helpers/incoming-fixtures';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

async function lạngSơnDirectory() {
  await rt.call('agency.save', { parentName: null, name: 'UBND tỉnh Lạng Sơn', abbreviation: 'UBND', place: 'Lạng Sơn' });
  const units: Record<string, number> = {};
  for (const [name, abbreviation] of [
    ['Sở Tài nguyên và Môi trường', 'STNMT'],
    ['Ban Quản lý dự án đầu tư xây dựng tỉnh', 'BQLDA'],
    ['Sở Tài chính', 'STC'],
    ['Sở Kế hoạch và Đầu tư', 'SKHĐT'],
    ['Sở Y tế', 'SYT'],
  ] as const) {
    units[name] = (await rt.call('units.create', { name, abbreviation })).id;
  }
  return units;
}

describe('tasks', () => {
  it('creates the accepted tasks with the registration, in one transaction, matched to units when certain', async () => {
    rt = createTestRuntime({ today: '2024-10-21' });
    const units = await lạngSơnDirectory();
    const record = await rt.call(
      'incoming.register',
      makeIncoming({
        issuerName: 'UBND tỉnh Lạng Sơn',
        numberAndSymbol: '/TB-UBND',
        docDate: '2024-10',
        receivedDate: '2024-10-15',
        kind: 'Thông báo',
        tasks: [
          {
            source: 'extracted',
            sourceRef: '1.1',
            content: 'Chủ trì, phối hợp với Sở Y tế … xem xét lò đốt rác',
            leadText: 'Sở Tài nguyên và Môi trường',
            cooperating: [{ text: 'Sở Y tế' }, { text: 'các cơ quan liên quan' }],
            deadline: '2024-10-31',
            deadlineText: 'trong tháng 10/2024',
          },
          {
            source: 'extracted',
            sourceRef: '1.2',
            content: 'Hoàn thành hệ thống ống khói',
            leadText: 'Ban Quản lý dự án đầu tư xây dựng tỉnh',
            deadline: '2024-10-20',
            deadlineText: 'trước ngày 20/10/2024',
          },
          { source: 'extracted', sourceRef: '1.3', content: 'Tổng hợp nhu cầu đề xuất', leadText: 'Sở Kế hoạch và Đầu tư' },
        ],
      }),
    );
    const tasks = await rt.call('tasks.list', { incomingId: record.id });
    expect(tasks.map((t) => [t.sourceRef, t.leadUnitId, t.deadline, t.deadlineState])).toEqual([
      ['1.2', units['Ban Quản lý dự án đầu tư xây dựng tỉnh'], '2024-10-20', 'qua_han'],
      ['1.1', units['Sở Tài nguyên và Môi trường'], '2024-10-31', 'trong_han'],
      ['1.3', units['Sở Kế hoạch và Đầu tư'], null, 'khong_han'],
    ]);
    expect(tasks[1]?.cooperating).toEqual([
      { text: 'Sở Y tế', unitId: units['Sở Y tế'], unitName: 'Sở Y tế' },
      { text: 'các cơ quan liên quan', unitId: null, unitName: null },
    ]);
    expect(tasks[0]?.documentLabel).toBe(`Số đến ${record.number}/2024 — /TB-UBND`);
  });

  it('rolls the whole registration back when a task is invalid', async () => {
    rt = createTestRuntime();
    await expect(
      rt.call('incoming.register', makeIncoming({ tasks: [{ content: 'x', leadText: 'Phòng A', leadUnitId: 999 }] })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(
      rt.db
        .prepare(
          'SELECT (SELECT count(*) FROM incoming_documents) + (SELECT count(*) FROM tasks) + (SELECT count(*) FROM series_counters) AS n',
        )
        .get(),
    ).toEqual({ n: 0 });
  });

  it('lists a unit’s tasks as lead or as cooperating, and by due state', async () => {
    rt = createTestRuntime({ today: '2024-10-21' });
    const units = await lạngSơnDirectory();
    await rt.call('tasks.create', { content: 'A', leadText: 'Sở Tài chính', cooperating: [{ text: 'Sở Y tế' }], deadline: '2024-10-10' });
    await rt.call('tasks.create', { content: 'B', leadText: 'Sở Y tế', deadline: '2024-12-31' });
    await rt.call('tasks.create', { content: 'C', leadText: 'Sở Tài chính', deadline: '2024-10-25' });
    const contents = async (input: Record<string, unknown>) => (await rt.call('tasks.list', input)).map((t) => t.content);
    expect(await contents({ unitId: units['Sở Y tế'] })).toEqual(['A', 'B']);
    expect(await contents({ due: 'qua_han' })).toEqual(['A']);
    expect(await contents({ due: 'sap_den_han' })).toEqual(['C']);
    expect(await contents({ due: 'trong_han' })).toEqual(['B']);
    expect(await contents({ deadlineFrom: '2024-10-20', deadlineTo: '2024-10-31' })).toEqual(['C']);
    expect(await contents({ text: 'b' })).toEqual(['B']);
  });

  it('records edits in the history and refuses a stale version', async () => {
    rt = createTestRuntime();
    await lạngSơnDirectory();
    const task = await rt.call('tasks.create', { content: 'Rà soát', leadText: 'Sở Tài chính', deadline: '2024-11-30' });
    const edited = await rt.call('tasks.update', {
      id: task.id,
      version: task.version,
      content: 'Rà soát lại',
      leadText: 'Sở Tài chính',
      deadline: '2024-12-15',
      cooperating: [{ text: 'Sở Y tế' }],
    });
    expect(edited.history[0]?.changes).toEqual([
      { field: 'content', label: 'Nội dung', old: 'Rà soát', new: 'Rà soát lại' },
      { field: 'deadline', label: 'Hạn xử lý', old: '30/11/2024', new: '15/12/2024' },
      { field: 'cooperating', label: 'Đơn vị phối hợp', old: null, new: 'Sở Y tế' },
    ]);
    await expect(
      rt.call('tasks.update', { id: task.id, version: task.version, content: 'x', leadText: 'Sở Tài chính' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
