import { Alert, Button, Group, Paper, PasswordInput, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BackupStatus } from '@shared/contract/backup';
import type { AppSettings } from '@shared/contract/settings';
import { SETTINGS_LABELS } from '@shared/contract/settings';
import { call } from '../../api/client';
import { serverFieldErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';

/** Folder, passphrase encryption and the automatic schedule (administrator). */
export function BackupSettings(props: { status: BackupStatus; onChanged(status: BackupStatus): void }) {
  const [folder, setFolder] = useState(props.status.isDefaultFolder ? '' : props.status.folder);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const t = vi.backup;
  useEffect(() => {
    call('settings.get', {}).then(setSettings).catch(notifyError);
  }, []);

  async function save(change: { passphrase?: string | null }) {
    if (typeof change.passphrase === 'string' && change.passphrase !== again) {
      setErrors({ again: vi.auth.mismatch });
      return;
    }
    try {
      props.onChanged(await call('backup.configure', { folder: folder.trim() || null, ...change }));
      setPassphrase('');
      setAgain('');
      setErrors({});
      notifySaved();
    } catch (error) {
      setErrors(serverFieldErrors(error));
      notifyError(error);
    }
  }

  async function pick() {
    try {
      const picked = await call('backup.pickFolder', {});
      if (picked.folder) setFolder(picked.folder);
    } catch (error) {
      notifyError(error);
    }
  }

  async function toggle(key: 'backupDaily' | 'backupOnExit', value: boolean) {
    try {
      setSettings(await call('settings.update', { [key]: value }));
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="sm">
        {t.title}
      </Title>
      <Stack gap="sm">
        {props.status.isDefaultFolder ? <Alert color="yellow">{t.defaultFolderWarning}</Alert> : null}
        <Group align="flex-end">
          <TextInput
            label={t.folder}
            description={t.folderHint}
            placeholder={props.status.folder}
            value={folder}
            onChange={(e) => setFolder(e.currentTarget.value)}
            error={errors.folder}
            style={{ flex: 1 }}
            data-testid="backup-folder"
          />
          {props.status.canPickFolder ? (
            <Button variant="default" onClick={() => void pick()}>
              {t.pickFolder}
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c={props.status.isEncrypted ? 'teal.8' : 'orange.8'} data-testid="backup-encryption-state">
          {props.status.isEncrypted ? t.encryptionOn : t.encryptionOff}
        </Text>
        <Group grow align="flex-start">
          <PasswordInput
            label={props.status.isEncrypted ? t.changePassphrase : t.passphrase}
            description={t.passphraseHint}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            error={errors.passphrase}
            data-testid="backup-passphrase"
          />
          <PasswordInput
            label={t.passphraseConfirm}
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
            error={errors.again}
            data-testid="backup-passphrase-again"
          />
        </Group>
        <Group justify="flex-end">
          {props.status.isEncrypted ? (
            <Button variant="subtle" color="red" onClick={() => void save({ passphrase: null })}>
              {t.turnOffEncryption}
            </Button>
          ) : null}
          <Button onClick={() => void save(passphrase ? { passphrase } : {})} data-testid="backup-save">
            {t.saveSettings}
          </Button>
        </Group>
        {settings ? (
          <Group>
            <Text fw={500}>{t.schedule}:</Text>
            <Switch
              label={SETTINGS_LABELS.backupDaily}
              checked={settings.backupDaily}
              onChange={(e) => void toggle('backupDaily', e.currentTarget.checked)}
            />
            <Switch
              label={SETTINGS_LABELS.backupOnExit}
              checked={settings.backupOnExit}
              onChange={(e) => void toggle('backupOnExit', e.currentTarget.checked)}
            />
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
