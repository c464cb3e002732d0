import { Button, Group, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { HANDLING_COLUMN_TITLES, type HandlingReport, handlingKeys, percentVi } from '@shared/reports/handling';
import { formatDateVi } from '@shared/text/dates';
import { useState } from 'react';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { DATE_HINT, DATE_INPUT_PROPS } from '../incoming/date-input-props';
import { ExportJobStatus } from './ExportJobStatus';
import { FormatButtons } from './FormatButtons';
import { useExportJob } from './use-export-job';

type Kind = HandlingReport['kind'];

/** Phụ lục VI: Báo cáo tình hình giải quyết văn bản đến / đi for a period, on screen and as files. */
export function HandlingReportPanel() {
  const t = vi.reports.handling;
  const today = useAppStore((s) => s.info?.today) ?? '2024-01-01';
  const [kind, setKind] = useState<Kind>('incoming-handling');
  const [from, setFrom] = useState<string | null>(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState<string | null>(today);
  const [report, setReport] = useState<HandlingReport | null>(null);
  const job = useExportJob();
  const period = from && to ? { from, to } : null;

  async function show() {
    if (!period) return;
    try {
      setReport(await call('reports.handling', { kind, period }));
    } catch (error) {
      notifyError(error);
    }
  }

  const keys = handlingKeys(kind);
  const titles = HANDLING_COLUMN_TITLES[kind];
  const shown = report?.kind === kind ? report : null;
  return (
    <Paper withBorder p="lg" maw={1200}>
      <Stack gap="md">
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as Kind)}
          data={(['incoming-handling', 'outgoing-handling'] as const).map((k) => ({ value: k, label: t.kinds[k] }))}
        />
        <Group align="flex-end" gap="md">
          <DateInput label={t.from} {...DATE_INPUT_PROPS} placeholder={DATE_HINT} value={from} onChange={setFrom} w={150} />
          <DateInput label={t.to} {...DATE_INPUT_PROPS} placeholder={DATE_HINT} value={to} onChange={setTo} w={150} />
          <Button onClick={() => void show()} disabled={!period} data-testid="handling-show">
            {t.show}
          </Button>
        </Group>
        {shown ? (
          <>
            <Text size="sm" c="dimmed">
              {t.asOf(formatDateVi(shown.asOf))}
            </Text>
            <Table withTableBorder withColumnBorders data-testid="handling-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{titles.unit}</Table.Th>
                  <Table.Th ta="right">{titles.total}</Table.Th>
                  {keys.map((k) => (
                    <Table.Th key={k} ta="right">
                      {titles[k]}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.rows.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={keys.length + 2}>{t.empty}</Table.Td>
                  </Table.Tr>
                ) : null}
                {[...shown.rows, shown.totals].map((row) => (
                  <Table.Tr key={row.unit} fw={row === shown.totals ? 700 : undefined}>
                    <Table.Td>{row === shown.totals ? t.totals : row.unit}</Table.Td>
                    <Table.Td ta="right">{row.total}</Table.Td>
                    {keys.map((k) => (
                      <Table.Td key={k} ta="right">
                        {row.counts[k]}
                        {row === shown.totals && row.total > 0 ? ` (${percentVi(row.counts[k], row.total)}%)` : ''}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        ) : null}
        <FormatButtons
          onExport={(format) => period && void job.start({ target: 'report', format, kind, period })}
          disabled={!period || job.job?.state === 'running'}
          testPrefix="handling-export"
        />
        <ExportJobStatus {...job} onCancel={() => void job.cancel()} />
      </Stack>
    </Paper>
  );
}
