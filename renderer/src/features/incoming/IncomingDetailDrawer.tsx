import { Alert, Button, Drawer, Group, Loader, Stack, Title } from '@mantine/core';
import { IconEdit, IconFileText, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { IncomingRecord } from '@shared/contract/incoming';
import { call, subscribe } from '../../api/client';
import { notifyError } from '../../components/notify';
import { useReplyDraft } from '../../components/use-reply-draft';
import { vi } from '../../locale/vi';
import { AttachmentList } from './AttachmentList';
import { CancelDialog } from './CancelDialog';
import { HistoryTimeline } from '../../components/HistoryTimeline';
import { IncomingFields } from './IncomingFields';

/** The detail of one document: every field, its files, its history; edit and cancel from here. */
export function IncomingDetailDrawer(props: { id: number; onClose(): void; onEdit(record: IncomingRecord): void }) {
  const [record, setRecord] = useState<IncomingRecord | null>(null);
  const [isCancelling, setCancelling] = useState(false);
  const reply = useReplyDraft();
  const { id } = props;
  useEffect(() => {
    let isCurrent = true;
    const load = () =>
      call('incoming.get', { id })
        .then((r) => isCurrent && setRecord(r))
        .catch(notifyError);
    void load();
    const unsubscribe = subscribe('incoming.changed', (event) => event.id === id && void load());
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [id]);
  const t = vi.incomingDetail;
  return (
    <Drawer
      opened
      onClose={props.onClose}
      position="right"
      size={720}
      title={record ? <Title order={4}>{t.title(record.number, record.year)}</Title> : null}
    >
      {record ? (
        <Stack gap="md" data-testid="incoming-detail">
          {record.state === 'da_huy' ? <Alert color="gray">{t.cancelledBy(record.cancelReason ?? '')}</Alert> : null}
          <Group gap="xs">
            <Button
              leftSection={<IconEdit size={16} />}
              disabled={record.state === 'da_huy'}
              onClick={() => props.onEdit(record)}
              data-testid="incoming-edit"
            >
              {t.edit}
            </Button>
            <Button
              leftSection={<IconTrash size={16} />}
              variant="light"
              color="red"
              disabled={record.state === 'da_huy'}
              onClick={() => setCancelling(true)}
              data-testid="incoming-cancel"
            >
              {t.cancelDoc}
            </Button>
            <Button
              leftSection={<IconFileText size={16} />}
              variant="light"
              onClick={() => void reply({ incomingId: record.id, draftingUnitId: record.recipientUnitId })}
              data-testid="incoming-reply"
            >
              {vi.replyAction}
            </Button>
            <Button
              leftSection={<IconPrinter size={16} />}
              variant="default"
              onClick={() =>
                call('incoming.printSlip', { id: record.id })
                  .then((file) => {
                    window.location.href = file.url;
                  })
                  .catch(notifyError)
              }
              data-testid="incoming-print-slip"
            >
              {vi.printSlip}
            </Button>
          </Group>
          <Title order={5}>{t.fields}</Title>
          <IncomingFields record={record} />
          <Title order={5}>{t.attachments}</Title>
          <AttachmentList attachments={record.attachments} />
          <Title order={5}>{t.history}</Title>
          <HistoryTimeline history={record.history} actionLabels={t.historyActions} />
        </Stack>
      ) : (
        <Loader />
      )}
      {isCancelling && record ? <CancelDialog documentId={record.id} onClose={() => setCancelling(false)} /> : null}
    </Drawer>
  );
}
