import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  NumberInput,
  Paper,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import type { ImportOptions, ImportOutcome, ImportPreview } from '@shared/contract/imports';
import { useState } from 'react';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { ImportMapping } from './ImportMapping';

const STATE_COLORS = { ok: 'teal', error: 'red', imported: 'gray' } as const;

/** Nhập từ Excel: pick a file, check sheet, header row and columns, read the preview, import. */
export function ImportPanel() {
  const t = vi.reports.import;
  const [direction, setDirection] = useState<'den' | 'di'>('den');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  async function refresh(options: Omit<ImportOptions, 'direction'> & { direction?: 'den' | 'di' }) {
    try {
      setPreview(await call('import.preview', { direction, ...options }));
    } catch (error) {
      notifyError(error);
    }
  }

  async function upload(file: File | null) {
    if (!file) return;
    setOutcome(null);
    try {
      const uploaded = await call('import.upload', { name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
      await refresh({ uploadId: uploaded.uploadId });
    } catch (error) {
      notifyError(error);
    }
  }

  async function commit() {
    if (!preview) return;
    setBusy(true);
    try {
      const options = {
        uploadId: preview.uploadId,
        direction: preview.direction,
        sheet: preview.sheet,
        headerRow: preview.headerRow,
        mapping: preview.mapping,
      };
      setOutcome(await call('import.commit', options));
      await refresh(options);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  const keep = preview
    ? { uploadId: preview.uploadId, sheet: preview.sheet, headerRow: preview.headerRow, mapping: preview.mapping }
    : null;
  return (
    <Paper withBorder p="lg" maw={1300}>
      <Stack gap="md">
        <Group align="flex-end">
          <SegmentedControl
            value={direction}
            onChange={(value) => {
              setDirection(value as 'den' | 'di');
              if (keep) void refresh({ uploadId: keep.uploadId, direction: value as 'den' | 'di' });
            }}
            data={(['den', 'di'] as const).map((d) => ({ value: d, label: t.directions[d] }))}
          />
          <FileButton onChange={(file) => void upload(file)} accept=".xlsx,.csv,.txt">
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} />} data-testid="import-pick">
                {t.pick}
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="sm" c="dimmed">
          {t.hint}
        </Text>
        {preview && keep ? (
          <>
            <Group align="flex-end">
              <Select
                label={t.sheet}
                data={preview.sheets}
                value={preview.sheet}
                allowDeselect={false}
                onChange={(sheet) => void refresh({ uploadId: keep.uploadId, sheet })}
                w={240}
              />
              <NumberInput
                label={t.headerRow}
                value={preview.headerRow}
                min={1}
                onChange={(v) => typeof v === 'number' && void refresh({ ...keep, headerRow: v, mapping: null })}
                w={140}
              />
            </Group>
            <Text fw={600}>{t.mapping}</Text>
            <ImportMapping preview={preview} onChange={(mapping) => void refresh({ ...keep, mapping })} />
            <Alert color={preview.counts.error > 0 ? 'orange' : 'blue'} data-testid="import-counts">
              {t.counts(preview.counts.ok, preview.counts.error, preview.counts.imported)}
            </Alert>
            <ScrollArea h={360}>
              <Table withTableBorder striped data-testid="import-preview">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t.row}</Table.Th>
                    <Table.Th>{t.state}</Table.Th>
                    {preview.fields.slice(0, 6).map((f) => (
                      <Table.Th key={f.key}>{f.label}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.lines.map((line) => (
                    <Table.Tr key={line.rowNumber}>
                      <Table.Td>{line.rowNumber}</Table.Td>
                      <Table.Td>
                        <Badge color={STATE_COLORS[line.status]} variant="light">
                          {t[line.status]}
                        </Badge>
                        {line.errors.length > 0 ? (
                          <Text size="xs" c={line.status === 'error' ? 'red' : 'dimmed'}>
                            {line.errors.join(' ')}
                          </Text>
                        ) : null}
                      </Table.Td>
                      {preview.fields.slice(0, 6).map((f) => (
                        <Table.Td key={f.key}>{line.values[f.key]}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            <Group>
              <Button onClick={() => void commit()} loading={busy} disabled={preview.counts.ok === 0} data-testid="import-commit">
                {t.commit(preview.counts.ok)}
              </Button>
            </Group>
          </>
        ) : null}
        {outcome ? (
          <Alert color="teal" title={t.done(outcome.imported, outcome.skipped.length)} data-testid="import-done">
            {outcome.skipped.length > 0 ? (
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t.skippedTitle}
                </Text>
                {outcome.skipped.slice(0, 50).map((s) => (
                  <Text key={s.rowNumber} size="sm">
                    {t.row} {s.rowNumber}: {s.reason}
                  </Text>
                ))}
              </Stack>
            ) : null}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
