import { Badge, Button, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { HolidayRecord } from '@shared/contract/calendar';
import { HOLIDAY_KIND_LABELS, type HolidayKind } from '@shared/domain/calendar';
import { formatDateVi, isoParts, weekday } from '@shared/text/dates';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { WEEKDAY_NAMES } from '../../locale/vi-calendar';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { useCan } from '../../stores/auth-store';
import { DATE_HINT, DATE_INPUT_PROPS } from '../incoming/date-input-props';

const KIND_COLORS: Record<HolidayKind, string> = { holiday: 'red', 'day-off': 'orange', 'working-day': 'teal' };
const KIND_OPTIONS = (Object.keys(HOLIDAY_KIND_LABELS) as HolidayKind[]).map((value) => ({ value, label: HOLIDAY_KIND_LABELS[value] }));

/**
 * Cài đặt → Ngày nghỉ, lễ: the working-day calendar deadlines are counted on. Filled from the law for
 * the current and the next year; the administrator adds the days the government announces.
 */
export function HolidaysPanel() {
  const today = useAppStore((s) => s.info?.today);
  const canEdit = useCan('settings.manage');
  const [year, setYear] = useState(() => (today ? isoParts(today).year : new Date().getFullYear()));
  const [days, setDays] = useState<HolidayRecord[]>([]);
  const [date, setDate] = useState<string | null>(null);
  const [kind, setKind] = useState<HolidayKind>('day-off');
  const [name, setName] = useState('');
  const t = vi.holidays;
  const load = useCallback(() => call('holidays.list', { year }).then(setDays).catch(notifyError), [year]);
  useEffect(() => {
    void load();
  }, [load]);

  async function run(action: () => Promise<HolidayRecord[]>) {
    try {
      const next = await action();
      if (next.length === 0 || isoParts(next[0]?.date ?? `${year}-01-01`).year === year) setDays(next);
      else await load();
      notifySaved();
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  }
  async function add() {
    if (!date) return;
    if (await run(() => call('holidays.save', { date, kind, name }))) {
      setDate(null);
      setName('');
    }
  }

  return (
    <Paper withBorder p="lg" maw={900}>
      <Stack gap="sm">
        <Title order={4}>{t.title}</Title>
        <Text size="sm" c="dimmed">
          {t.intro}
        </Text>
        <Group align="flex-end" justify="space-between">
          <NumberInput
            label={t.year}
            value={year}
            onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setYear(v)}
            min={2000}
            max={2100}
            w={120}
            data-testid="holidays-year"
          />
          <Text size="sm">{t.count(days.length)}</Text>
          {canEdit ? (
            <Button
              variant="default"
              onClick={() => window.confirm(t.resetConfirm) && void run(() => call('holidays.resetYear', { year }))}
              data-testid="holidays-reset"
            >
              {t.reset}
            </Button>
          ) : null}
        </Group>
        <Table striped data-testid="holidays-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.date}</Table.Th>
              <Table.Th>{t.weekday}</Table.Th>
              <Table.Th>{t.kind}</Table.Th>
              <Table.Th>{t.name}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((d) => (
              <Table.Tr key={d.date}>
                <Table.Td>{formatDateVi(d.date)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{WEEKDAY_NAMES[weekday(d.date)]}</Table.Td>
                <Table.Td>
                  <Badge color={KIND_COLORS[d.kind]} variant="light" title={HOLIDAY_KIND_LABELS[d.kind]}>
                    {t.badges[d.kind]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {d.name}{' '}
                  {d.isCustom ? (
                    <Badge variant="outline" size="xs">
                      {t.custom}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {canEdit ? (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => window.confirm(t.removeConfirm) && void run(() => call('holidays.remove', { date: d.date }))}
                    >
                      {t.remove}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {days.length === 0 ? <Text c="dimmed">{t.empty}</Text> : null}
        {canEdit ? (
          <Group align="flex-end">
            <DateInput
              label={t.date}
              {...DATE_INPUT_PROPS}
              placeholder={DATE_HINT}
              value={date}
              onChange={setDate}
              w={150}
              data-testid="holiday-date"
            />
            <Select
              label={t.kind}
              data={KIND_OPTIONS}
              value={kind}
              onChange={(v) => v && setKind(v as HolidayKind)}
              w={280}
              allowDeselect={false}
            />
            <TextInput
              label={t.name}
              placeholder={t.nameHint}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              w={240}
              data-testid="holiday-name"
            />
            <Button onClick={() => void add()} disabled={!date || !name.trim()} data-testid="holiday-add">
              {t.add}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t.readOnly}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
