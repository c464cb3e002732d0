import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label/value rows of a detail view (drawers, Cài đặt): the label dimmed on the left. */
export function FieldTable(props: { rows: ReadonlyArray<readonly [string, ReactNode]>; labelWidth?: number; testId?: string }) {
  return (
    <Table withRowBorders={false} verticalSpacing={4} data-testid={props.testId}>
      <Table.Tbody>
        {props.rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Td w={props.labelWidth ?? 190} c="dimmed" style={{ verticalAlign: 'top' }}>
              {label}
            </Table.Td>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
