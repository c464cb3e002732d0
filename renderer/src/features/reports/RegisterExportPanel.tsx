import { Group, NumberInput, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { SeriesRecord } from '@shared/contract/incoming';
import type { ExportFormatName } from '@shared/contract/reports';
import type { PaperSize, RegisterKind } from '@shared/reports/register-book';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { DATE_HINT, DATE_INPUT_PROPS } from '../incoming/date-input-props';
import { ExportJobStatus } from './ExportJobStatus';
import { FormatButtons } from './FormatButtons';
import { useExportJob } from './use-export-job';

const KINDS: RegisterKind[] = ['incoming', 'outgoing', 'follow-up'];

/** Sổ đăng ký: which register, year, series, range, volume and paper, printed in a background job. */
export function RegisterExportPanel() {
  const t = vi.reports.register;
  const today = useAppStore((s) => s.info?.today) ?? '2024-01-01';
  const [kind, setKind] = useState<RegisterKind>('incoming');
  const [year, setYear] = useState<number>(Number(today.slice(0, 4)));
  const [series, setSeries] = useState<SeriesRecord[]>([]);
  const [seriesId, setSeriesId] = useState<string>('0');
  const [dateFrom, setDateFrom] = useState<string | null>(null);
  const [dateTo, setDateTo] = useState<string | null>(null);
  const [numberFrom, setNumberFrom] = useState<number | string>('');
  const [numberTo, setNumberTo] = useState<number | string>('');
  const [volume, setVolume] = useState('');
  const [paper, setPaper] = useState<PaperSize>('A4');
  const job = useExportJob();
  useEffect(() => {
    call('series.list', {}).then(setSeries).catch(notifyError);
  }, []);
  const direction = kind === 'outgoing' ? 'di' : 'den';
  const options = [
    { value: '0', label: t.defaultSeries },
    ...series
      .filter((s) => s.direction === direction && !(kind === 'follow-up' && s.isSecret))
      .map((s) => ({ value: String(s.id), label: s.name })),
  ];

  function exportAs(format: ExportFormatName) {
    void job.start({
      target: 'register',
      format,
      register: {
        kind,
        year,
        seriesId: seriesId !== '0' ? Number(seriesId) : null,
        dateFrom,
        dateTo,
        numberFrom: typeof numberFrom === 'number' ? numberFrom : null,
        numberTo: typeof numberTo === 'number' ? numberTo : null,
        volume: volume || null,
        paper,
      },
    });
  }

  return (
    <Paper withBorder p="lg" maw={1000}>
      <Stack gap="md">
        <SegmentedControl
          value={kind}
          onChange={(value) => {
            setKind(value as RegisterKind);
            setSeriesId('0');
          }}
          data={KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
          data-testid="register-kind"
        />
        <Group align="flex-end" gap="md">
          <NumberInput
            label={t.year}
            value={year}
            onChange={(v) => setYear(Number(v) || year)}
            min={1990}
            max={2200}
            w={110}
            data-testid="register-year"
          />
          <Select label={t.series} data={options} value={seriesId} onChange={(v) => setSeriesId(v ?? '0')} allowDeselect={false} w={260} />
          <TextInput label={t.volume} value={volume} onChange={(e) => setVolume(e.currentTarget.value)} w={110} />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t.paper}
            </Text>
            <SegmentedControl
              value={paper}
              onChange={(v) => setPaper(v as PaperSize)}
              data={[
                { value: 'A4', label: t.paperA4 },
                { value: 'A3', label: t.paperA3 },
              ]}
            />
          </Stack>
        </Group>
        <Group align="flex-end" gap="md">
          <DateInput label={t.dateFrom} {...DATE_INPUT_PROPS} placeholder={DATE_HINT} value={dateFrom} onChange={setDateFrom} w={150} />
          <DateInput label={t.dateTo} {...DATE_INPUT_PROPS} placeholder={DATE_HINT} value={dateTo} onChange={setDateTo} w={150} />
          <NumberInput label={t.numberFrom} value={numberFrom} onChange={setNumberFrom} min={1} w={110} />
          <NumberInput label={t.numberTo} value={numberTo} onChange={setNumberTo} min={1} w={110} />
        </Group>
        <Text size="sm" c="dimmed">
          {t.hint}
        </Text>
        <FormatButtons onExport={exportAs} disabled={job.job?.state === 'running'} testPrefix="register-export" />
        <ExportJobStatus {...job} onCancel={() => void job.cancel()} />
      </Stack>
    </Paper>
  );
}
