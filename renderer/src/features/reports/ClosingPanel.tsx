import { Anchor, Badge, Button, Code, Group, Modal, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import type { RegisterYear } from '@shared/contract/years';
import { todayIso, formatDateVi } from '@shared/text/dates';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';

/** Khóa sổ: every register year with its state; closing asks once more, prints the PDF and locks. */
export function ClosingPanel() {
  const t = vi.reports.closing;
  const [years, setYears] = useState<RegisterYear[]>([]);
  const [pending, setPending] = useState<RegisterYear | null>(null);
  const [volume, setVolume] = useState('');
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    call('years.list', {}).then(setYears).catch(notifyError);
  }, []);
  useEffect(load, [load]);

  async function close() {
    if (!pending) return;
    setBusy(true);
    try {
      await call('years.close', { seriesId: pending.seriesId, year: pending.year, volume: volume || null });
      notifySaved(t.closed(pending.seriesName, pending.year));
      setPending(null);
      load();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="lg" maw={1100}>
      {years.length === 0 ? <Text c="dimmed">{t.none}</Text> : null}
      <Table withTableBorder data-testid="closing-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.series}</Table.Th>
            <Table.Th>{t.year}</Table.Th>
            <Table.Th ta="right">{t.entries}</Table.Th>
            <Table.Th>{t.state}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {years.map((y) => (
            <Table.Tr key={`${y.seriesId}-${y.year}`} data-testid={`closing-row-${y.seriesId}-${y.year}`}>
              <Table.Td>{y.seriesName}</Table.Td>
              <Table.Td>{y.year}</Table.Td>
              <Table.Td ta="right">{y.entryCount}</Table.Td>
              <Table.Td>
                {y.closure ? (
                  <Stack gap={2}>
                    <Badge color="gray">{t.closedOn(formatDateVi(todayIso(new Date(y.closure.closedAt))), y.closure.closedBy)}</Badge>
                    <Text size="xs">
                      {t.sha}: <Code>{y.closure.pdfSha256.slice(0, 16)}…</Code>
                    </Text>
                  </Stack>
                ) : (
                  <Badge color="teal" variant="light">
                    {t.open}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {y.closure ? (
                  <Anchor href={y.closure.pdfUrl} target="_blank">
                    {t.pdf}
                  </Anchor>
                ) : y.canClose ? (
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    onClick={() => setPending(y)}
                    data-testid={`closing-close-${y.seriesId}-${y.year}`}
                  >
                    {t.close}
                  </Button>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t.notYet(y.year)}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={pending !== null} onClose={() => setPending(null)} title={t.confirmTitle}>
        {pending ? (
          <Stack>
            <Text size="sm">{t.confirm(pending.seriesName, pending.year)}</Text>
            <TextInput label={t.volume} value={volume} onChange={(e) => setVolume(e.currentTarget.value)} w={160} />
            {busy ? <Text size="sm">{t.closing}</Text> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)} disabled={busy}>
                {t.cancel}
              </Button>
              <Button color="red" onClick={() => void close()} loading={busy} data-testid="closing-confirm">
                {t.confirmButton}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Paper>
  );
}
