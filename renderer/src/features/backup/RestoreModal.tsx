import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import type { BackupInfo } from '@shared/contract/backup';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useAuthStore } from '../../stores/auth-store';

/** Confirms a restore (the passphrase when encrypted); afterwards everyone signs in again. */
export function RestoreModal(props: { backup: BackupInfo | null; onClose(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [isConfirmed, setConfirmed] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const backup = props.backup;
  const t = vi.backup;
  async function restore() {
    if (!backup) return;
    setBusy(true);
    try {
      await call('backup.restore', { id: backup.id, passphrase: backup.isEncrypted ? passphrase : null, confirm: true });
      props.onClose();
      useAuthStore.getState().markSignedOut();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened={backup !== null} onClose={props.onClose} title={backup ? t.restoreTitle(backup.id) : ''} size="lg">
      <Stack>
        <Alert color="orange">{t.restoreWarning}</Alert>
        {backup?.isEncrypted ? (
          <PasswordInput
            label={t.passphrase}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            data-testid="restore-passphrase"
          />
        ) : null}
        <Checkbox
          label={t.restoreConfirm}
          checked={isConfirmed}
          onChange={(e) => setConfirmed(e.currentTarget.checked)}
          data-testid="restore-confirm"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {vi.app.cancel}
          </Button>
          <Button color="orange" disabled={!isConfirmed} loading={isBusy} onClick={() => void restore()} data-testid="restore-submit">
            {t.restore}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
