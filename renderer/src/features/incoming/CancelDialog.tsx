import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';

/** Hủy a registered document: a reason is required; the number and the entry stay. */
export function CancelDialog(props: { documentId: number; onClose(): void }) {
  const [reason, setReason] = useState('');
  const [isSaving, setSaving] = useState(false);
  const t = vi.incomingDetail;
  async function confirm() {
    setSaving(true);
    try {
      await call('incoming.cancel', { id: props.documentId, reason });
      props.onClose();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal opened onClose={props.onClose} title={t.cancelDoc}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t.cancelHint}
        </Text>
        <Textarea
          label={t.cancelReason}
          withAsterisk
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {vi.app.cancel}
          </Button>
          <Button color="red" disabled={!reason.trim()} loading={isSaving} onClick={() => void confirm()} data-testid="cancel-confirm">
            {t.cancelConfirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
