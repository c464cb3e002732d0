import {
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Code,
  Group,
  Loader,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { RecoveryCandidate } from '@shared/contract/recovery';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { formatBytes, formatTime } from '../backup/format';

/** Waits until the server answers as a normal app again, then reloads the page. */
async function waitForRestart(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      const info = await call('app.info', {});
      if (!info.recovery) break;
    } catch {
      // The app is restarting; try again.
    }
  }
  window.location.reload();
}

function CandidateCard(props: {
  candidate: RecoveryCandidate;
  isRecommended: boolean;
  onRestore(passphrase: string | null): void;
  isBusy: boolean;
}) {
  const { candidate } = props;
  const [passphrase, setPassphrase] = useState('');
  const t = vi.recovery;
  return (
    <Card withBorder padding="md" bg={props.isRecommended ? 'teal.0' : undefined} data-testid="recovery-candidate">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={600}>{formatTime(candidate.createdAt)}</Text>
            <Badge variant="light">{vi.backup.kinds[candidate.kind]}</Badge>
            {props.isRecommended ? <Badge color="teal">{t.recommended}</Badge> : null}
            {candidate.isEncrypted ? <Badge color="grape">{vi.backup.encrypted}</Badge> : null}
          </Group>
          <Text size="sm" c="dimmed">
            {t.folder}: <Code>{candidate.folder}</Code> · {formatBytes(candidate.sizeBytes)} · {candidate.fileCount}{' '}
            {vi.backup.files.toLowerCase()}
          </Text>
          <Text size="sm" c={candidate.isVerified ? 'teal.8' : candidate.problems.length > 0 ? 'red.8' : 'dimmed'}>
            {candidate.isVerified ? t.verified : candidate.problems.length > 0 ? `${t.damaged}: ${candidate.problems[0]}` : t.notChecked}
          </Text>
        </Stack>
        <Stack gap="xs" w={260}>
          {candidate.isEncrypted ? (
            <PasswordInput placeholder={vi.backup.passphrase} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} />
          ) : null}
          <Button
            color={props.isRecommended ? 'teal' : 'blue'}
            variant={props.isRecommended ? 'filled' : 'light'}
            loading={props.isBusy}
            onClick={() => props.onRestore(candidate.isEncrypted ? passphrase : null)}
            data-testid="recovery-restore"
          >
            {t.restore}
          </Button>
        </Stack>
      </Group>
    </Card>
  );
}

/** Shown instead of the app when the database failed its start-up check: offers the newest good backup. */
export function RecoveryScreen(props: { problem: string }) {
  const [candidates, setCandidates] = useState<RecoveryCandidate[] | null>(null);
  const [folder, setFolder] = useState('');
  const [busyId, setBusyId] = useState<string | null>(null);
  const [isRestarting, setRestarting] = useState(false);
  const t = vi.recovery;
  const scan = useCallback(async (extra: string) => {
    setCandidates(null);
    try {
      setCandidates((await call('recovery.status', { folder: extra || null })).candidates);
    } catch (error) {
      notifyError(error);
      setCandidates([]);
    }
  }, []);
  useEffect(() => {
    void scan('');
  }, [scan]);

  async function restore(id: string, passphrase: string | null) {
    setBusyId(id);
    try {
      await call('recovery.restore', { id, passphrase, confirm: true });
      setRestarting(true);
      await waitForRestart();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusyId(null);
    }
  }

  const recommended = candidates?.find((c) => c.isVerified)?.id ?? null;
  return (
    <Center mih="100vh" bg="gray.0" p="lg">
      <Paper withBorder shadow="sm" p="xl" maw={900} w="100%" data-testid="recovery-screen">
        <Group gap="sm" mb="xs">
          <IconAlertTriangle size={32} color="var(--mantine-color-red-7)" />
          <Title order={2}>{t.title}</Title>
        </Group>
        <Text mb="md">{t.intro}</Text>
        <Alert color="red" title={t.problem} mb="lg">
          {props.problem}
        </Alert>
        {isRestarting ? (
          <Alert color="teal">{t.restarting}</Alert>
        ) : (
          <Stack>
            <Title order={4}>{t.candidates}</Title>
            {candidates === null ? <Loader /> : null}
            {candidates?.length === 0 ? <Text c="dimmed">{t.none}</Text> : null}
            {candidates?.map((candidate) => (
              <CandidateCard
                key={candidate.id}
                candidate={candidate}
                isRecommended={candidate.id === recommended}
                isBusy={busyId === candidate.id}
                onRestore={(passphrase) => void restore(candidate.id, passphrase)}
              />
            ))}
            <Group align="flex-end">
              <TextInput label={t.otherFolder} value={folder} onChange={(e) => setFolder(e.currentTarget.value)} style={{ flex: 1 }} />
              <Button variant="default" onClick={() => void scan(folder)}>
                {t.search}
              </Button>
            </Group>
          </Stack>
        )}
      </Paper>
    </Center>
  );
}
