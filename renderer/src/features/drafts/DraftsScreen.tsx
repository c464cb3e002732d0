import { Badge, Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary } from '@shared/contract/drafts';
import { DRAFT_STATUS_LABELS } from '@shared/domain/draft-status';
import { call, subscribe } from '../../api/client';
import { notifyError } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';
import { useNav } from '../../stores/nav-store';
import { DraftEditor } from './DraftEditor';
import { NewDraftModal } from './NewDraftModal';

function DraftList() {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [isCreating, setCreating] = useState(false);
  const navigate = useNav((s) => s.navigate);
  const loadDirectory = useDirectoryStore((s) => s.load);
  const load = useCallback(() => call('drafts.list', {}).then(setDrafts).catch(notifyError), []);
  useEffect(() => {
    void load();
    void loadDirectory();
    return subscribe('drafts.changed', () => void load());
  }, [load, loadDirectory]);
  const t = vi.drafts;
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.subtitle}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="new-draft">
            {t.newDraft}
          </Button>
        }
      />
      <Table striped highlightOnHover withTableBorder data-testid="drafts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>{t.columns.kind}</Table.Th>
            <Table.Th>{t.columns.subject}</Table.Th>
            <Table.Th w={140}>{t.columns.status}</Table.Th>
            <Table.Th w={220}>{t.columns.replyTo}</Table.Th>
            <Table.Th w={150}>{t.columns.updated}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drafts.map((d) => (
            <Table.Tr key={d.id} style={{ cursor: 'pointer' }} onClick={() => navigate('drafts', [String(d.id)])}>
              <Table.Td>{d.kind}</Table.Td>
              <Table.Td>{d.subject || '…'}</Table.Td>
              <Table.Td>
                <Badge variant="light">{DRAFT_STATUS_LABELS[d.status]}</Badge>
                {d.outgoing ? <Text size="xs">{d.outgoing.numberAndSymbol}</Text> : null}
              </Table.Td>
              <Table.Td>{d.replyTo ? `${d.replyTo.numberAndSymbol} (${d.replyTo.issuerName})` : ''}</Table.Td>
              <Table.Td>
                {new Date(d.updatedAt).toLocaleString('vi-VN', {
                  hour: '2-digit',
                  minute: '2-digit',
                  day: '2-digit',
                  month: '2-digit',
                  year: 'numeric',
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {drafts.length === 0 ? (
        <Text c="dimmed" mt="sm">
          {t.empty}
        </Text>
      ) : null}
      {isCreating ? <NewDraftModal onClose={() => setCreating(false)} onCreated={(id) => navigate('drafts', [String(id)])} /> : null}
    </>
  );
}

/** Dự thảo: the list (#/du-thao) or one draft's editor (#/du-thao/<id>). */
export function DraftsScreen() {
  const rest = useNav((s) => s.location.rest);
  const id = Number(rest[0]) || null;
  return id ? <DraftEditor id={id} /> : <DraftList />;
}
