import { describe, expect, it } from 'vitest';
import { allowedActions, transition } from '@shared/domain/task-status';

describe('task state machine', () => {
  it('allows the legal moves and names the illegal ones', () => {
    expect(transition('chua_xu_ly', 'start')).toEqual({ ok: true, status: 'dang_xu_ly' });
    expect(transition('dang_xu_ly', 'complete')).toEqual({ ok: true, status: 'hoan_thanh' });
    expect(transition('tra_lai', 'reopen', { reason: 'Giao lại Phòng Nghiệp vụ' })).toEqual({ ok: true, status: 'chua_xu_ly' });
    expect(transition('huy', 'start')).toEqual({ ok: false, message: 'Không thể "bắt đầu xử lý" công việc đang ở trạng thái "Hủy".' });
    expect(transition('dang_xu_ly', 'return', { reason: '  ' })).toEqual({ ok: false, message: 'Cần ghi lý do khi trả lại công việc.' });
    expect(allowedActions('huy')).toEqual([]);
    expect(allowedActions('hoan_thanh')).toEqual(['reopen']);
  });
});
