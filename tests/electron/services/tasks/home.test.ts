import { afterEach, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../../helpers/test-runtime';
import { makeIncoming } from '../../../helpers/incoming-fixtures';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

describe('home.summary', () => {
  it('counts overdue, due soon, received today and waiting, and loads per unit, against the given today', async () => {
    rt = createTestRuntime({ today: '2024-10-21' });
    const unit = await rt.call('units.create', { name: 'Phòng Nghiệp vụ' });
    await rt.call('incoming.register', makeIncoming({ receivedDate: '2024-10-21', docDate: '2024-10-18', numberAndSymbol: '1/A' }));
    await rt.call(
      'incoming.register',
      makeIncoming({ receivedDate: '2024-10-20', docDate: '2024-10-18', numberAndSymbol: '2/A', recipientUnitId: unit.id }),
    );
    await rt.call(
      'incoming.register',
      makeIncoming({ receivedDate: '2024-10-19', docDate: '2024-10-18', numberAndSymbol: '3/A', secrecy: 'mat' }),
    );
    await rt.call('tasks.create', { content: 'Việc trễ', leadText: 'Phòng Nghiệp vụ', deadline: '2024-10-20' });
    await rt.call('tasks.create', { content: 'Việc gần hạn', leadText: 'Phòng Nghiệp vụ', deadline: '2024-10-25' });
    await rt.call('tasks.create', { content: 'Việc xa', leadText: 'Văn phòng', deadline: '2024-12-25' });
    const home = await rt.call('home.summary', {});
    expect(home.counts).toEqual({ overdue: 1, dueSoon: 1, receivedToday: 1, waiting: 2 });
    expect(home.overdue.map((t) => t.content)).toEqual(['Việc trễ']);
    expect(home.dueSoon.map((t) => t.content)).toEqual(['Việc gần hạn']);
    expect(home.byUnit).toEqual([
      { unitId: unit.id, unitName: 'Phòng Nghiệp vụ', open: 2, overdue: 1 },
      { unitId: null, unitName: 'Văn phòng', open: 1, overdue: 0 },
    ]);
  });
});

describe('reminders.poll', () => {
  it('reminds of each due-soon and overdue task once per day, and counts the overdue for the badge', async () => {
    rt = createTestRuntime({ today: '2024-10-21' });
    await rt.call('tasks.create', { content: 'Nộp báo cáo quý III', leadText: 'Phòng Kế hoạch – Tài chính', deadline: '2024-10-18' });
    await rt.call('tasks.create', { content: 'Chuẩn bị hội nghị', leadText: 'Văn phòng', deadline: '2024-10-24' });
    await rt.call('tasks.create', { content: 'Việc còn xa', leadText: 'Văn phòng', deadline: '2024-12-24' });
    const first = await rt.call('reminders.poll', {});
    expect(first.overdueCount).toBe(1);
    expect(first.reminders.map((r) => [r.kind, r.title])).toEqual([
      ['overdue', 'Quá hạn: Phòng Kế hoạch – Tài chính'],
      ['due_soon', 'Sắp đến hạn 24/10/2024: Văn phòng'],
    ]);
    expect((await rt.call('reminders.poll', {})).reminders).toEqual([]);
  });
});
