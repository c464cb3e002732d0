import { Badge } from '@mantine/core';
import type { DeadlineState, TaskStatus } from '@shared/contract/tasks';
import { TASK_STATUS_LABELS } from '@shared/domain/task-status';
import { vi } from '../../locale/vi';

const COLORS: Record<DeadlineState, string> = {
  qua_han: 'red',
  sap_den_han: 'orange',
  trong_han: 'blue',
  khong_han: 'gray',
  dung_han: 'teal',
  tre_han: 'yellow',
};

/** The task's state, with "Quá hạn" / "Sắp đến hạn" standing out. */
export function StatusBadges(props: { status: TaskStatus; deadlineState: DeadlineState }) {
  const isOpen = props.status === 'chua_xu_ly' || props.status === 'dang_xu_ly';
  return (
    <>
      <Badge variant="light" color={props.status === 'hoan_thanh' ? 'teal' : 'gray'} size="sm" mr={4}>
        {TASK_STATUS_LABELS[props.status]}
      </Badge>
      {(isOpen && props.deadlineState !== 'khong_han' && props.deadlineState !== 'trong_han') || props.deadlineState === 'tre_han' ? (
        <Badge color={COLORS[props.deadlineState]} size="sm" variant={props.deadlineState === 'qua_han' ? 'filled' : 'light'}>
          {vi.tasks.dueStates[props.deadlineState]}
        </Badge>
      ) : null}
    </>
  );
}
