import { Alert, Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { BackupStatus } from '@shared/contract/backup';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useCan } from '../../stores/auth-store';
import { BackupList } from './BackupList';
import { BackupSettings } from './BackupSettings';
import { formatTime } from './format';

/** Cài đặt › Sao lưu: back up now, the last run, the backups, and (administrator) the settings. */
export function BackupPanel() {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [isRunning, setRunning] = useState(false);
  const canConfigure = useCan('settings.manage');
  const t = vi.backup;
  const load = useCallback(() => call('backup.status', {}).then(setStatus).catch(notifyError), []);
  useEffect(() => {
    void load();
  }, [load]);

  async function backupNow() {
    setRunning(true);
    try {
      const made = await call('backup.create', {});
      notifySaved(t.done(made.id));
      await load();
    } catch (error) {
      notifyError(error);
      await load();
    } finally {
      setRunning(false);
    }
  }

  if (!status) return null;
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Text>
              {t.folder}: <Code data-testid="backup-current-folder">{status.folder}</Code>
            </Text>
            {status.last ? (
              <Text size="sm" c={status.last.isOk ? 'teal.8' : 'red.8'} data-testid="backup-last">
                {t.last}: {formatTime(status.last.at)} — {status.last.message}
              </Text>
            ) : null}
          </Stack>
          <Button
            leftSection={<IconDatabaseExport size={18} />}
            loading={isRunning}
            onClick={() => void backupNow()}
            data-testid="backup-now"
          >
            {isRunning ? t.backingUp : t.backupNow}
          </Button>
        </Group>
        {status.last && !status.last.isOk ? (
          <Alert color="red" mt="sm">
            {status.last.message}
          </Alert>
        ) : null}
      </Paper>
      {canConfigure ? <BackupSettings status={status} onChanged={setStatus} /> : null}
      <BackupList backups={status.backups} />
    </Stack>
  );
}
