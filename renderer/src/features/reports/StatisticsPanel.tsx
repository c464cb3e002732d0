import { BarChart, LineChart } from '@mantine/charts';
import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { ExportedFile } from '@shared/contract/audit';
import { monthLabel, type Statistics } from '@shared/reports/statistics';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { DATE_HINT, DATE_INPUT_PROPS } from '../incoming/date-input-props';
import { ChartCard } from './ChartCard';

/** Thống kê: a period, five charts (each downloadable as PNG) and the numbers as XLSX. */
export function StatisticsPanel() {
  const t = vi.reports.statistics;
  const today = useAppStore((s) => s.info?.today) ?? '2024-01-01';
  const [from, setFrom] = useState<string | null>(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState<string | null>(today);
  const [stats, setStats] = useState<Statistics | null>(null);
  const [file, setFile] = useState<ExportedFile | null>(null);
  const period = from && to ? { from, to } : null;
  const load = useCallback(async (p: { from: string; to: string } | null) => {
    if (!p) return;
    try {
      setStats(await call('reports.statistics', { period: p }));
    } catch (error) {
      notifyError(error);
    }
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once for the initial period; later on "Xem thống kê"
  useEffect(() => {
    void load(period);
  }, [load]);

  async function exportXlsx() {
    if (!period) return;
    try {
      setFile(await call('reports.statisticsXlsx', { period }));
    } catch (error) {
      notifyError(error);
    }
  }

  const months = stats?.perMonth.map((m) => ({ ...m, label: monthLabel(m.month) })) ?? [];
  const rates = stats?.onTimeByMonth.filter((m) => m.rate !== null).map((m) => ({ label: monthLabel(m.month), rate: m.rate })) ?? [];
  const units = stats?.byUnit.slice(0, 15).map((u) => ({ unit: u.unit, total: u.total, done: u.done, rate: u.rate ?? 0 })) ?? [];
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md">
        <DateInput label={t.from} {...DATE_INPUT_PROPS} placeholder={DATE_HINT} value={from} onChange={setFrom} w={150} />
        <DateInput label={t.to} {...DATE_INPUT_PROPS} placeholder={DATE_HINT} value={to} onChange={setTo} w={150} />
        <Button onClick={() => void load(period)} disabled={!period} data-testid="statistics-show">
          {t.show}
        </Button>
        <Button variant="default" onClick={() => void exportXlsx()} disabled={!period} data-testid="statistics-xlsx">
          {t.exportXlsx}
        </Button>
        {file ? (
          <Anchor href={file.url} download={file.fileName} data-testid="statistics-download">
            {vi.reports.job.download}
          </Anchor>
        ) : null}
      </Group>
      {stats && months.every((m) => m.incoming + m.outgoing === 0) ? <Text c="dimmed">{t.none}</Text> : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ChartCard title={t.perMonth} fileName="van-ban-theo-thang.png" testId="chart-month">
          <BarChart
            h={260}
            data={months}
            dataKey="label"
            yAxisProps={{ allowDecimals: false }}
            withLegend
            series={[
              { name: 'incoming', label: t.incoming, color: 'blue.6' },
              { name: 'outgoing', label: t.outgoing, color: 'teal.6' },
            ]}
          />
        </ChartCard>
        <ChartCard title={t.byIssuer} fileName="co-quan-gui.png" testId="chart-issuer">
          <BarChart
            h={260}
            data={stats?.byIssuer ?? []}
            dataKey="name"
            orientation="vertical"
            yAxisProps={{ width: 170 }}
            series={[{ name: 'count', label: t.count, color: 'blue.6' }]}
          />
        </ChartCard>
        <ChartCard title={t.byKind} fileName="theo-loai.png" testId="chart-kind">
          <BarChart
            h={260}
            data={stats?.byKind ?? []}
            dataKey="kind"
            yAxisProps={{ allowDecimals: false }}
            type="stacked"
            withLegend
            series={[
              { name: 'incoming', label: t.incoming, color: 'blue.6' },
              { name: 'outgoing', label: t.outgoing, color: 'teal.6' },
            ]}
          />
        </ChartCard>
        <ChartCard title={t.byUnit} fileName="theo-don-vi.png" testId="chart-unit">
          <BarChart
            h={260}
            data={units}
            dataKey="unit"
            orientation="vertical"
            yAxisProps={{ width: 170 }}
            xAxisProps={{ allowDecimals: false }}
            withLegend
            series={[
              { name: 'total', label: t.tasks, color: 'gray.5' },
              { name: 'done', label: t.done, color: 'teal.6' },
            ]}
          />
        </ChartCard>
        <ChartCard title={t.onTimeByUnit} fileName="dung-han-theo-don-vi.png" testId="chart-unit-rate">
          <BarChart
            h={260}
            data={units}
            dataKey="unit"
            orientation="vertical"
            yAxisProps={{ width: 170 }}
            series={[{ name: 'rate', label: t.rate, color: 'green.6' }]}
          />
        </ChartCard>
        <ChartCard title={t.onTimeByMonth} fileName="dung-han-theo-thang.png" testId="chart-rate">
          <LineChart
            h={260}
            data={rates}
            dataKey="label"
            yAxisProps={{ domain: [0, 100] }}
            series={[{ name: 'rate', label: t.rate, color: 'green.6' }]}
          />
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
}
