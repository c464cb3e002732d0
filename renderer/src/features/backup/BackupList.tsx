import { Badge, Button, Group, Paper, PasswordInput, Popover, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { BackupInfo } from '@shared/contract/backup';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { notifications } from '@mantine/notifications';
import { vi } from '../../locale/vi';
import { useCan } from '../../stores/auth-store';
import { formatBytes, formatTime } from './format';
import { RestoreModal } from './RestoreModal';

/** Checks one backup again (asking the passphrase of an encrypted one). */
function VerifyButton(props: { backup: BackupInfo }) {
  const [passphrase, setPassphrase] = useState('');
  const [isBusy, setBusy] = useState(false);
  async function verify() {
    setBusy(true);
    try {
      const check = await call('backup.verify', { id: props.backup.id, passphrase: props.backup.isEncrypted ? passphrase : null });
      notifications.show({
        color: check.isValid ? 'teal' : 'red',
        message: check.isValid ? vi.backup.verified : check.problems.join(' '),
        autoClose: 8000,
      });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }
  if (!props.backup.isEncrypted) {
    return (
      <Button size="xs" variant="light" loading={isBusy} onClick={() => void verify()} data-testid="backup-verify">
        {vi.backup.verify}
      </Button>
    );
  }
  return (
    <Popover width={260} position="bottom-end" withArrow>
      <Popover.Target>
        <Button size="xs" variant="light" data-testid="backup-verify">
          {vi.backup.verify}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <PasswordInput size="xs" label={vi.backup.passphrase} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} />
          <Button size="xs" loading={isBusy} onClick={() => void verify()}>
            {vi.backup.verify}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** The backups in the folder, newest first, with check and restore. */
export function BackupList(props: { backups: BackupInfo[] }) {
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const canRestore = useCan('backup.restore');
  const t = vi.backup;
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb={4}>
        {t.list}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t.rotation}
      </Text>
      {props.backups.length === 0 ? (
        <Text c="dimmed">{t.none}</Text>
      ) : (
        <Table highlightOnHover data-testid="backup-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.createdAt}</Table.Th>
              <Table.Th>{t.kind}</Table.Th>
              <Table.Th>{t.size}</Table.Th>
              <Table.Th>{t.files}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.backups.map((backup) => (
              <Table.Tr key={backup.id}>
                <Table.Td>{formatTime(backup.createdAt)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {t.kinds[backup.kind]}
                    {backup.isEncrypted ? (
                      <Badge color="grape" size="xs">
                        {t.encrypted}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>{formatBytes(backup.sizeBytes)}</Table.Td>
                <Table.Td>{backup.fileCount}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end">
                    <VerifyButton backup={backup} />
                    {canRestore ? (
                      <Button size="xs" color="orange" variant="light" onClick={() => setRestoring(backup)} data-testid="backup-restore">
                        {t.restore}
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RestoreModal backup={restoring} onClose={() => setRestoring(null)} />
    </Paper>
  );
}
