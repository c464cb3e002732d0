import { afterEach, describe, expect, it } from 'vitest';
import { makeIncoming } from '../../../helpers/incoming-fixtures';
import { createTestRuntime, type TestRuntime } from '../../../helpers/test-runtime';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

const RELATIVE = 'trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản này';

async function registerWithTask(receivedDate: string, deadlineText: string, numberAndSymbol: string) {
  const doc = await rt.call(
    'incoming.register',
    makeIncoming({
      receivedDate,
      docDate: receivedDate,
      numberAndSymbol,
      tasks: [{ source: 'extracted', sourceRef: '1', content: 'Báo cáo kết quả', leadText: 'Văn phòng', deadlineText }],
    }),
  );
  return rt.call('tasks.list', { incomingId: doc.id });
}

describe('deadlines counted on the office calendar', () => {
  it('counts "05 ngày làm việc" from the day after Ngày đến, across Tết, and follows an edited holiday table', async () => {
    rt = createTestRuntime({ today: '2025-01-24' });
    const [task] = await registerWithTask('2025-01-24', RELATIVE, '1/TEST');
    expect(task).toMatchObject({ deadline: '2025-02-07', deadlineText: RELATIVE });

    await rt.call('holidays.save', { date: '2025-02-03', kind: 'day-off', name: 'Nghỉ theo quyết định của tỉnh' });
    const [later] = await registerWithTask('2025-01-24', RELATIVE, '2/TEST');
    expect(later?.deadline).toBe('2025-02-10');
    // A deadline already worked out stays as it was: the clerk extends it explicitly.
    expect((await rt.call('tasks.get', { id: task?.id ?? 0 })).deadline).toBe('2025-02-07');
  });

  it('keeps a date the clerk typed over the phrase', async () => {
    rt = createTestRuntime({ today: '2025-01-24' });
    const task = await rt.call('tasks.create', { content: 'Việc', leadText: 'Văn phòng', deadline: '2025-03-01', deadlineText: RELATIVE });
    expect(task.deadline).toBe('2025-03-01');
  });

  it('turns a monthly task into its occurrences and produces the next one when one is finished', async () => {
    rt = createTestRuntime({ today: '2024-10-21' });
    const series = await rt.call('tasks.create', {
      content: 'Báo cáo tình hình tiêm chủng',
      leadText: 'Phòng Nghiệp vụ',
      deadlineText: 'định kỳ hằng tháng trước ngày 25',
    });
    expect(series.deadline).toBeNull();
    const occurrences = (await rt.call('tasks.list', {})).filter((t) => t.id !== series.id);
    expect(occurrences.map((t) => t.deadline)).toEqual([
      '2024-10-25',
      '2024-11-25',
      '2024-12-25',
      '2025-01-25',
      '2025-02-25',
      '2025-03-25',
    ]);
    expect(occurrences[0]?.content).toBe('Báo cáo tình hình tiêm chủng (kỳ hạn 25/10/2024)');

    const first = occurrences.find((t) => t.deadline === '2024-10-25');
    await rt.call('tasks.transition', {
      id: first?.id ?? 0,
      action: 'complete',
      reason: null,
      completedDate: '2024-10-24',
      resultNote: 'Đã gửi báo cáo.',
      resultOutgoingId: null,
    });
    const open = (await rt.call('tasks.list', { openOnly: true })).filter((t) => t.id !== series.id);
    expect(open.map((t) => t.deadline).sort()).toEqual([
      '2024-11-25',
      '2024-12-25',
      '2025-01-25',
      '2025-02-25',
      '2025-03-25',
      '2025-04-25',
    ]);
  });
});

describe('the holiday table', () => {
  it('is filled for this year and the next at start, with the announced swaps', async () => {
    rt = createTestRuntime({ today: '2025-03-10' });
    const days = await rt.call('holidays.list', { year: 2025 });
    expect(days).toContainEqual({ date: '2025-05-02', kind: 'day-off', name: expect.stringContaining('hoán đổi'), isCustom: false });
    expect(days).toContainEqual({ date: '2025-04-26', kind: 'working-day', name: expect.any(String), isCustom: false });
    expect((await rt.call('holidays.list', { year: 2026 })).filter((d) => d.name === 'Tết Nguyên đán')).toHaveLength(5);
  });

  it('refuses a "làm bù" on a weekday with a Vietnamese message and changes nothing', async () => {
    rt = createTestRuntime({ today: '2025-03-10' });
    const before = await rt.call('holidays.list', { year: 2025 });
    await expect(rt.call('holidays.save', { date: '2025-03-12', kind: 'working-day', name: 'Làm bù' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
    });
    expect(await rt.call('holidays.list', { year: 2025 })).toEqual(before);
  });

  it('removes a day and restores the year from the law', async () => {
    rt = createTestRuntime({ today: '2025-03-10' });
    const before = await rt.call('holidays.list', { year: 2025 });
    await rt.call('holidays.remove', { date: '2025-05-02' });
    await rt.call('holidays.save', { date: '2025-12-24', kind: 'day-off', name: 'Nghỉ theo quyết định của tỉnh' });
    const edited = await rt.call('holidays.list', { year: 2025 });
    expect(edited.map((d) => d.date)).not.toContain('2025-05-02');
    expect(edited).toContainEqual(expect.objectContaining({ date: '2025-12-24', isCustom: true }));
    await expect(rt.call('holidays.remove', { date: '2025-05-02' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await rt.call('holidays.resetYear', { year: 2025 })).toEqual(before);
  });
});
