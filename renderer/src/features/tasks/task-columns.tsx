import { Checkbox } from '@mantine/core';
import type { TaskSummary } from '@shared/contract/tasks';
import { formatDateVi } from '@shared/text/dates';
import { type GridColumn, gridClasses as classes } from '../../components/virtual-grid/VirtualGrid';
import { vi } from '../../locale/vi';
import { StatusBadges } from './DeadlineBadge';

const c = vi.tasks.columns;

export const TASK_COLUMNS = [
  { key: 'select', label: '', width: '40px' },
  { key: 'document', label: c.document, width: 'minmax(150px, 1fr)' },
  { key: 'content', label: c.content, width: 'minmax(280px, 3fr)' },
  { key: 'lead', label: c.lead, width: 'minmax(150px, 1fr)' },
  { key: 'cooperating', label: c.cooperating, width: 'minmax(140px, 1fr)' },
  { key: 'deadline', label: c.deadline, width: '110px' },
  { key: 'status', label: c.status, width: '190px' },
] as const satisfies readonly GridColumn[];

/** One task line; the checkbox selects it for a bulk action without opening it. */
export function TaskCells(props: { row: TaskSummary; isSelected: boolean; onToggle(id: number): void }) {
  const { row } = props;
  return (
    <>
      <div>
        <Checkbox
          checked={props.isSelected}
          onClick={(e) => e.stopPropagation()}
          onChange={() => props.onToggle(row.id)}
          aria-label={row.content}
          size="sm"
        />
      </div>
      <div>
        <span className={classes.clip}>{row.documentLabel ?? ''}</span>
      </div>
      <div title={row.content}>
        <span className={classes.clip}>
          {row.sourceRef ? <b>{row.sourceRef}. </b> : null}
          {row.content}
        </span>
      </div>
      <div>
        <span className={classes.clip}>{row.leadUnitName ?? row.leadText}</span>
      </div>
      <div>
        <span className={classes.clip}>{row.cooperating.map((p) => p.unitName ?? p.text).join('; ')}</span>
      </div>
      <div title={row.deadlineText ?? undefined}>{row.deadline ? formatDateVi(row.deadline) : vi.tasks.noDeadline}</div>
      <div>
        <StatusBadges status={row.status} deadlineState={row.deadlineState} />
      </div>
    </>
  );
}
