import { Alert, Button, Group, List, Text } from '@mantine/core';
import type { DuplicateMatch } from '@shared/contract/incoming';
import { formatDateVi } from '@shared/text/dates';
import { vi } from '../../locale/vi';

/** The earlier registration(s) of what looks like the same document, and the choice to go on. */
export function DuplicateAlert(props: { duplicates: DuplicateMatch[]; onConfirm?: () => void; onOpen(id: number): void }) {
  const t = vi.incomingForm;
  return (
    <Alert color="orange" title={t.duplicateTitle} data-testid="duplicate-alert">
      <Text size="sm">{t.duplicateBody}</Text>
      <List size="sm" mt={4}>
        {props.duplicates.map((d) => (
          <List.Item key={d.id}>
            <Button variant="subtle" size="compact-sm" onClick={() => props.onOpen(d.id)}>
              {t.duplicateLine(d.number, d.year, formatDateVi(d.receivedDate))}
            </Button>
            {d.numberAndSymbol} · {d.subject}
            {d.isCancelled ? ` (${vi.incoming.cancelled})` : ''}
          </List.Item>
        ))}
      </List>
      {props.onConfirm ? (
        <Group justify="flex-end" mt="xs">
          <Button color="orange" size="xs" onClick={props.onConfirm} data-testid="duplicate-confirm">
            {t.duplicateConfirm}
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
