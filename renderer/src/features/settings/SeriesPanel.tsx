import { Badge, Button, Checkbox, Group, Paper, SegmentedControl, Table, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { SeriesRecord } from '@shared/contract/incoming';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';

/** The number series (sổ) of both registers; the administrator may add one (e.g. a sổ for a Hội đồng). */
export function SeriesPanel() {
  const [series, setSeries] = useState<SeriesRecord[]>([]);
  const [name, setName] = useState('');
  const [direction, setDirection] = useState<'den' | 'di'>('den');
  const [isSecret, setSecret] = useState(false);
  const t = vi.settings;
  const load = useCallback(() => call('series.list', {}).then(setSeries).catch(notifyError), []);
  useEffect(() => {
    void load();
  }, [load]);
  async function add() {
    try {
      await call('series.create', { name, direction, isSecret });
      setName('');
      notifySaved();
      await load();
    } catch (error) {
      notifyError(error);
    }
  }
  return (
    <Paper withBorder p="lg" maw={900}>
      <Title order={4} mb="sm">
        {t.series}
      </Title>
      <Table mb="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.seriesName}</Table.Th>
            <Table.Th>{t.seriesDirection}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {series.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.name}</Table.Td>
              <Table.Td>{s.direction === 'den' ? t.directionIn : t.directionOut}</Table.Td>
              <Table.Td>
                {s.isSecret ? <Badge color="grape">{t.secretSeries}</Badge> : null}{' '}
                {s.isDefault ? <Badge variant="light">{t.defaultSeries}</Badge> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-end">
        <TextInput label={t.newSeries} value={name} onChange={(e) => setName(e.currentTarget.value)} w={300} />
        <SegmentedControl
          data={[
            { value: 'den', label: t.directionIn },
            { value: 'di', label: t.directionOut },
          ]}
          value={direction}
          onChange={(value) => setDirection(value === 'di' ? 'di' : 'den')}
        />
        <Checkbox label={t.secretSeries} checked={isSecret} onChange={(e) => setSecret(e.currentTarget.checked)} />
        <Button onClick={() => void add()} disabled={!name.trim()}>
          {vi.app.add}
        </Button>
      </Group>
    </Paper>
  );
}
