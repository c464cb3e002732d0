import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { Fragment, useCallback, useEffect, useState } from 'react';
import type { AuditEntry, AuditVerifyResult, ExportedFile } from '@shared/contract/audit';
import { AUDIT_OUTCOME_LABELS, auditActionLabel, auditSubjectLabel } from '@shared/domain/audit-labels';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { formatTime } from '../backup/format';
import { AuditDetails } from './AuditDetails';
import { AuditFilters, type AuditFilterValues, EMPTY_FILTER } from './AuditFilters';

const OUTCOME_COLORS = { ok: 'teal', refused: 'red', failed: 'orange' } as const;

function toInput(filter: AuditFilterValues) {
  return {
    from: filter.from,
    to: filter.to,
    userName: filter.userName.trim() || null,
    action: filter.action,
    outcome: filter.outcome,
    text: filter.text.trim() || null,
  };
}

/** Cài đặt › Nhật ký: the audit trail with filters, its integrity check and export. */
export function AuditPanel() {
  const [filter, setFilter] = useState<AuditFilterValues>(EMPTY_FILTER);
  const [debounced] = useDebouncedValue(filter, 300);
  const [rows, setRows] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<number | null>(null);
  const [actions, setActions] = useState<string[]>([]);
  const [openId, setOpenId] = useState<number | null>(null);
  const [check, setCheck] = useState<AuditVerifyResult | null>(null);
  const [exported, setExported] = useState<ExportedFile | null>(null);
  const t = vi.audit;

  const load = useCallback(async (next: AuditFilterValues, after: number | null) => {
    try {
      const page = await call('audit.list', { ...toInput(next), cursor: after, limit: 100 });
      setRows((current) => (after === null ? page.rows : [...current, ...page.rows]));
      setCursor(page.nextCursor);
    } catch (error) {
      notifyError(error);
    }
  }, []);
  useEffect(() => {
    void load(debounced, null);
  }, [debounced, load]);
  useEffect(() => {
    call('audit.actions', {}).then(setActions).catch(notifyError);
  }, []);

  async function exportAs(format: 'xlsx' | 'csv') {
    try {
      setExported(await call('audit.export', { ...toInput(filter), format }));
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb={4}>
        <Title order={4}>{t.title}</Title>
        <Group gap="xs">
          <Button
            variant="light"
            leftSection={<IconShieldCheck size={16} />}
            onClick={() => call('audit.verify', {}).then(setCheck, notifyError)}
            data-testid="audit-verify"
          >
            {t.verify}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => void exportAs('xlsx')}
            data-testid="audit-export"
          >
            {t.exportXlsx}
          </Button>
          <Button variant="default" onClick={() => void exportAs('csv')}>
            {t.exportCsv}
          </Button>
        </Group>
      </Group>
      <Text c="dimmed" size="sm" mb="md">
        {t.intro}
      </Text>
      <Stack gap="sm">
        {check ? (
          <Alert color={check.isIntact ? 'teal' : 'red'} withCloseButton onClose={() => setCheck(null)} data-testid="audit-verify-result">
            {check.message}
          </Alert>
        ) : null}
        {exported ? (
          <Alert color="blue" withCloseButton onClose={() => setExported(null)}>
            {t.exported(exported.rowCount)}{' '}
            <Anchor href={exported.url} download={exported.fileName} data-testid="audit-download">
              {t.download}
            </Anchor>
          </Alert>
        ) : null}
        <AuditFilters value={filter} actions={actions} onChange={setFilter} />
        <Table highlightOnHover data-testid="audit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t.time}</Table.Th>
              <Table.Th w={140}>{t.user}</Table.Th>
              <Table.Th>{t.action}</Table.Th>
              <Table.Th w={120}>{t.outcome}</Table.Th>
              <Table.Th w={140}>{t.subject}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Fragment key={row.id}>
                <Table.Tr onClick={() => setOpenId(openId === row.id ? null : row.id)} style={{ cursor: 'pointer' }}>
                  <Table.Td>{formatTime(row.at)}</Table.Td>
                  <Table.Td>{row.userName ?? t.system}</Table.Td>
                  <Table.Td>
                    {auditActionLabel(row.action)}{' '}
                    {row.isSecret ? (
                      <Badge color="red" size="xs">
                        {t.secret}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={OUTCOME_COLORS[row.outcome]} variant="light">
                      {AUDIT_OUTCOME_LABELS[row.outcome]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{auditSubjectLabel(row.subjectType, row.subjectId)}</Table.Td>
                </Table.Tr>
                {openId === row.id ? (
                  <Table.Tr>
                    <Table.Td colSpan={5} bg="gray.0">
                      <AuditDetails entry={row} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
        {rows.length === 0 ? <Text c="dimmed">{t.empty}</Text> : null}
        {cursor !== null ? (
          <Button variant="subtle" onClick={() => void load(filter, cursor)}>
            {t.more}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}
