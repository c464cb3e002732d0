import { Text } from '@mantine/core';
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import classes from './VirtualGrid.module.css';

export interface GridColumn {
  key: string;
  label: string;
  /** A CSS grid track size: '96px', 'minmax(150px, 1fr)'. */
  width: string;
}

export interface VirtualGridProps<T> {
  columns: readonly GridColumn[];
  rows: readonly T[];
  rowKey(row: T): number | string;
  /** The cells of one row, in column order. */
  renderCells(row: T): ReactNode;
  /** Extra class names for a row (urgent, cancelled …). */
  rowClassName?(row: T): string;
  rowTestId?(row: T): string;
  rowHeight: number;
  height: number;
  hasMore: boolean;
  onNeedMore(): void;
  onOpen(row: T): void;
  emptyText: string;
  label: string;
  testId?: string;
}

const OVERSCAN = 8;
const HEADER_HEIGHT = 44;

/**
 * A register as a virtualised grid: only the rows in view are in the DOM, so a year of 100,000
 * entries scrolls as smoothly as ten; nearing the end asks for the next keyset page. The grid is one
 * focus stop: ↑/↓ move the selection, Enter opens it (rows are absolutely positioned, so they cannot
 * be table elements; the ARIA grid roles describe them instead).
 */
export function VirtualGrid<T>(props: VirtualGridProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [selected, setSelected] = useState(0);
  const { rows, hasMore, onNeedMore, rowHeight } = props;
  const template = props.columns.map((c) => c.width).join(' ');
  const viewport = Math.max(props.height - HEADER_HEIGHT, rowHeight);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);

  useEffect(() => {
    if (hasMore && last >= rows.length - OVERSCAN) onNeedMore();
  }, [hasMore, last, rows.length, onNeedMore]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (rows.length === 0) return;
      if (event.key === 'Enter') {
        const row = rows[selected];
        if (row) props.onOpen(row);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      const next = Math.min(rows.length - 1, Math.max(0, selected + step));
      setSelected(next);
      const element = scroller.current;
      if (element) {
        const top = next * rowHeight;
        if (top < element.scrollTop) element.scrollTop = top;
        else if (top + rowHeight > element.scrollTop + viewport) element.scrollTop = top + rowHeight - viewport;
      }
    },
    [rows, selected, viewport, rowHeight, props],
  );

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      style={{ height: props.height }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      tabIndex={0}
      role="grid"
      aria-rowcount={rows.length}
      aria-label={props.label}
      data-testid={props.testId}
    >
      <div className={classes.header} style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }} role="row">
        {props.columns.map((c) => (
          <div key={c.key} role="columnheader">
            {c.label}
          </div>
        ))}
      </div>
      <div style={{ height: rows.length * rowHeight + (hasMore ? rowHeight : 0), position: 'relative' }}>
        {rows.slice(first, last).map((row, i) => {
          const index = first + i;
          return (
            <div
              key={props.rowKey(row)}
              className={`${classes.row} ${index === selected ? classes.selected : ''} ${props.rowClassName?.(row) ?? ''}`}
              style={{ top: rowHeight * index, height: rowHeight, gridTemplateColumns: template }}
              onClick={() => {
                setSelected(index);
                props.onOpen(row);
              }}
              role="row"
              aria-selected={index === selected}
              data-testid={props.rowTestId?.(row)}
            >
              {props.renderCells(row)}
            </div>
          );
        })}
      </div>
      {rows.length === 0 ? (
        <Text c="dimmed" p="md">
          {props.emptyText}
        </Text>
      ) : null}
    </div>
  );
}

export const gridClasses = classes;
