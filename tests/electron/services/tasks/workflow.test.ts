import { afterEach, describe, expect, it } from 'vitest';
import { createTestRuntime, DONG_NAI_AGENCY, type TestRuntime } from '../../../helpers/test-runtime';
import { makeIncoming } from '../../../helpers/incoming-fixtures';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

async function oneTask(deadline: string | null = '2024-10-31') {
  return rt.call('tasks.create', { content: 'Rà soát hồ sơ', leadText: 'Phòng Nghiệp vụ', deadline });
}

describe('task workflow', () => {
  it('goes Chưa xử lý → Đang xử lý → Hoàn thành with its result and date, and refuses illegal moves in Vietnamese', async () => {
    rt = createTestRuntime({ today: '2024-10-21' });
    const task = await oneTask();
    await expect(rt.call('tasks.transition', { id: task.id, action: 'reopen', reason: 'x' })).rejects.toThrow(
      'Không thể "mở lại" công việc đang ở trạng thái "Chưa xử lý".',
    );
    const started = await rt.call('tasks.transition', { id: task.id, action: 'start' });
    expect(started.status).toBe('dang_xu_ly');
    const done = await rt.call('tasks.transition', { id: task.id, action: 'complete', resultNote: 'Đã báo cáo Giám đốc' });
    expect(done).toMatchObject({
      status: 'hoan_thanh',
      completedDate: '2024-10-21',
      resultNote: 'Đã báo cáo Giám đốc',
      deadlineState: 'dung_han',
    });
    await expect(rt.call('tasks.transition', { id: task.id, action: 'start' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(rt.call('tasks.transition', { id: task.id, action: 'reopen' })).rejects.toThrow('Cần ghi lý do khi mở lại công việc.');
    expect(done.history.map((h) => h.action)).toEqual(['complete', 'start', 'create']);
  });

  it('marks late completion as trễ hạn and a cancel needs a reason', async () => {
    rt = createTestRuntime({ today: '2024-11-05' });
    const task = await oneTask('2024-10-31');
    expect((await rt.call('tasks.get', { id: task.id })).deadlineState).toBe('qua_han');
    expect((await rt.call('tasks.transition', { id: task.id, action: 'complete' })).deadlineState).toBe('tre_han');
    const other = await oneTask();
    await expect(rt.call('tasks.transition', { id: other.id, action: 'cancel' })).rejects.toThrow(/Cần ghi lý do/);
    expect((await rt.call('tasks.transition', { id: other.id, action: 'cancel', reason: 'Trùng việc' })).statusReason).toBe('Trùng việc');
  });

  it('keeps every extension: the old and new deadline and the reason; refuses an earlier one', async () => {
    rt = createTestRuntime({ today: '2024-10-21' });
    const task = await oneTask('2024-10-31');
    await expect(rt.call('tasks.extend', { id: task.id, newDeadline: '2024-10-30', reason: 'x' })).rejects.toThrow(
      'Hạn mới phải sau hạn cũ (31/10/2024).',
    );
    await rt.call('tasks.extend', { id: task.id, newDeadline: '2024-11-15', reason: 'Chờ ý kiến Sở Tài chính' });
    const twice = await rt.call('tasks.extend', { id: task.id, newDeadline: '2024-11-30', reason: 'Bổ sung hồ sơ' });
    expect(twice.deadline).toBe('2024-11-30');
    expect(twice.extensions.map((e) => [e.oldDeadline, e.newDeadline, e.reason])).toEqual([
      ['2024-10-31', '2024-11-15', 'Chờ ý kiến Sở Tài chính'],
      ['2024-11-15', '2024-11-30', 'Bổ sung hồ sơ'],
    ]);
  });

  it('extends or completes several at once, all or nothing', async () => {
    rt = createTestRuntime({ today: '2024-10-21' });
    const a = await oneTask('2024-10-25');
    const b = await oneTask('2024-11-20');
    await expect(
      rt.call('tasks.bulk', { action: 'extend', ids: [a.id, b.id], newDeadline: '2024-11-10', reason: 'Theo chỉ đạo' }),
    ).rejects.toThrow(/Hạn mới phải sau hạn cũ/);
    expect((await rt.call('tasks.get', { id: a.id })).deadline).toBe('2024-10-25');
    expect(await rt.call('tasks.bulk', { action: 'complete', ids: [a.id, b.id] })).toEqual({ updated: 2 });
    expect((await rt.call('tasks.list', { status: ['hoan_thanh'] })).length).toBe(2);
  });

  it('completes the answered task when its reply is issued, showing the reply number', async () => {
    rt = createTestRuntime({ today: '2024-10-21' });
    await rt.call('agency.save', DONG_NAI_AGENCY);
    const unit = await rt.call('units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' });
    const incoming = await rt.call(
      'incoming.register',
      makeIncoming({ tasks: [{ content: 'Báo cáo kết quả', leadText: 'Phòng Kế hoạch – Tài chính' }] }),
    );
    const [task] = await rt.call('tasks.list', { incomingId: incoming.id });
    const reply = await rt.call('outgoing.issue', {
      kind: 'Công văn',
      subject: 'báo cáo kết quả',
      recipients: ['UBND tỉnh Đồng Nai'],
      draftingUnitId: unit.id,
      replyToIncomingId: incoming.id,
      taskId: task?.id ?? null,
    });
    const done = await rt.call('tasks.get', { id: task?.id ?? 0 });
    expect(done).toMatchObject({
      status: 'hoan_thanh',
      resultOutgoing: { id: reply.id, numberAndSymbol: '01/SYT-KHTC' },
      completedDate: '2024-10-21',
    });
    expect(reply.replyTo).toMatchObject({ id: incoming.id, numberAndSymbol: '8161/SYT-KHTC' });
    const register = await rt.call('tasks.followUp', { year: 2021 });
    expect(register.rows).toEqual([
      expect.objectContaining({
        number: 1,
        documentText: 'Công văn số 8161/SYT-KHTC ngày 29/09/2021 của Sở Y tế tỉnh Đồng Nai',
        recipient: 'Phòng Kế hoạch – Tài chính',
        progress: 'Hoàn thành ngày 21/10/2024',
        replySymbol: '01/SYT-KHTC',
      }),
    ]);
  });

  it('lists what is due within N days and what is overdue', async () => {
    rt = createTestRuntime({ today: '2024-10-21' });
    await oneTask('2024-10-10');
    await oneTask('2024-10-25');
    await oneTask('2024-12-01');
    await oneTask(null);
    expect((await rt.call('tasks.due', { within: 7 })).map((t) => t.deadline)).toEqual(['2024-10-10', '2024-10-25']);
  });
});
