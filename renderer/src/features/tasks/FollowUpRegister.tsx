import { Group, Select, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { FollowUpRow } from '@shared/contract/tasks';
import { formatDateVi } from '@shared/text/dates';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { type GridColumn, gridClasses as classes, VirtualGrid } from '../../components/virtual-grid/VirtualGrid';
import { vi } from '../../locale/vi';

const COLUMNS = [
  { key: 'number', label: 'Số đến', width: '70px' },
  { key: 'document', label: 'Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản', width: 'minmax(280px, 3fr)' },
  { key: 'recipient', label: 'Đơn vị hoặc người nhận', width: 'minmax(150px, 1fr)' },
  { key: 'deadline', label: 'Thời hạn giải quyết', width: '110px' },
  { key: 'progress', label: 'Tiến độ giải quyết', width: 'minmax(150px, 1fr)' },
  { key: 'reply', label: 'Số, ký hiệu văn bản trả lời', width: '140px' },
  { key: 'note', label: 'Ghi chú', width: 'minmax(100px, 0.8fr)' },
] as const satisfies readonly GridColumn[];

/** Sổ theo dõi giải quyết văn bản đến (Phụ lục IV mục VIII), built from the assignments. */
export function FollowUpRegister(props: {
  year: number;
  years: number[];
  onYear(year: number): void;
  height: number;
  onOpen(taskId: number): void;
}) {
  const [rows, setRows] = useState<FollowUpRow[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const { year } = props;
  useEffect(() => {
    call('tasks.followUp', { year })
      .then((page) => {
        setRows(page.rows);
        setCursor(page.nextCursor);
        setTotal(page.total);
      })
      .catch(notifyError);
  }, [year]);
  const more = useCallback(() => {
    if (!cursor) return;
    call('tasks.followUp', { year, cursor })
      .then((page) => {
        setRows((r) => [...r, ...page.rows]);
        setCursor(page.nextCursor);
      })
      .catch(notifyError);
  }, [cursor, year]);
  return (
    <>
      <Group mb="sm" align="flex-end">
        <Select
          label={vi.incoming.year}
          data={props.years.map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(v) => v && props.onYear(Number(v))}
          w={100}
          allowDeselect={false}
        />
        <Text c="dimmed" size="sm" mb={8}>
          {vi.tasks.total(total)}
        </Text>
      </Group>
      <VirtualGrid
        columns={COLUMNS}
        rows={rows}
        rowKey={(r) => r.id}
        renderCells={(r) => (
          <>
            <div className={classes.number}>{r.number}</div>
            <div>
              <span className={classes.clip}>{r.documentText}</span>
            </div>
            <div>
              <span className={classes.clip}>{r.recipient}</span>
            </div>
            <div>{formatDateVi(r.deadline)}</div>
            <div>
              <span className={classes.clip}>{r.progress}</span>
            </div>
            <div>{r.replySymbol ?? ''}</div>
            <div>
              <span className={classes.clip}>{r.note ?? ''}</span>
            </div>
          </>
        )}
        rowHeight={58}
        height={props.height}
        hasMore={cursor !== null}
        onNeedMore={more}
        onOpen={(r) => props.onOpen(r.taskId)}
        emptyText={vi.tasks.empty}
        label={vi.tasks.followUpRegister}
        testId="follow-up-table"
      />
    </>
  );
}
