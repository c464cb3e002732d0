import { Code, Table, Text } from '@mantine/core';
import type { AuditEntry } from '@shared/contract/audit';
import { auditFieldLabel } from '@shared/domain/audit-labels';
import { vi } from '../../locale/vi';

function show(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The fields that differ between the record before and after the write. */
function changedFields(before: unknown, after: unknown): Array<[string, string, string]> {
  const b = (typeof before === 'object' && before !== null ? before : {}) as Record<string, unknown>;
  const a = (typeof after === 'object' && after !== null ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => key !== 'updatedAt' && key !== 'version');
  return keys.filter((key) => show(b[key]) !== show(a[key])).map((key) => [key, show(b[key]), show(a[key])]);
}

/** One row's details: what changed (before → after), or the note, or the input sent. */
export function AuditDetails(props: { entry: AuditEntry }) {
  const { details } = props.entry;
  const t = vi.audit;
  if (details === null) return <Text c="dimmed">{t.hidden}</Text>;
  const changes = details.before !== undefined || details.after !== undefined ? changedFields(details.before, details.after) : [];
  return (
    <div data-testid="audit-details">
      {details.note ? <Text mb="xs">{details.note}</Text> : null}
      {changes.length > 0 ? (
        <Table withTableBorder mb="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.field}</Table.Th>
              <Table.Th>{t.before}</Table.Th>
              <Table.Th>{t.after}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map(([field, before, after]) => (
              <Table.Tr key={field}>
                <Table.Td>{auditFieldLabel(field)}</Table.Td>
                <Table.Td c="red.8" style={{ wordBreak: 'break-word' }}>
                  {before}
                </Table.Td>
                <Table.Td c="teal.8" style={{ wordBreak: 'break-word' }}>
                  {after}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {details.input !== undefined ? (
        <>
          <Text size="xs" c="dimmed">
            {t.input}
          </Text>
          <Code block style={{ maxHeight: 160, overflow: 'auto', whiteSpace: 'pre-wrap' }}>
            {JSON.stringify(details.input, null, 1)}
          </Code>
        </>
      ) : null}
    </div>
  );
}
