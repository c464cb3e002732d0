import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { IncomingRecord } from '@shared/contract/incoming';
import { PageHeader } from '../../components/PageHeader';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';
import { useNav } from '../../stores/nav-store';
import { IntakeInput } from './IntakeInput';
import { IntakeReview } from './IntakeReview';
import { useIntakeReader } from './use-intake-reader';

const t = vi.intake;

/** Tiếp nhận: drop or paste a document, check what was read, and register it with its tasks in one step. */
export function IntakeScreen() {
  const reader = useIntakeReader();
  const loadDirectory = useDirectoryStore((s) => s.load);
  const navigate = useNav((s) => s.navigate);
  const [done, setDone] = useState<{ record: IncomingRecord; tasks: number } | null>(null);
  useEffect(() => {
    void loadDirectory();
  }, [loadDirectory]);

  function startOver() {
    setDone(null);
    reader.reset();
  }

  return (
    <div>
      <PageHeader title={t.title} description={reader.reading || done ? undefined : t.intro} />
      {done ? (
        <Alert
          color="green"
          icon={<IconCircleCheck />}
          title={t.registeredTitle(done.record.number, done.record.year)}
          data-testid="intake-done"
          maw={760}
        >
          <Text size="sm" mb="sm">
            {t.registeredBody(done.tasks)}
          </Text>
          <Group>
            <Button onClick={startOver} data-testid="intake-again" autoFocus>
              {t.startOver}
            </Button>
            <Button variant="light" onClick={() => navigate('incoming', [], { id: String(done.record.id) })} data-testid="intake-open">
              {t.openInRegister}
            </Button>
            {done.tasks > 0 ? (
              <Button variant="light" onClick={() => navigate('tasks')}>
                {t.openTasks}
              </Button>
            ) : null}
          </Group>
        </Alert>
      ) : reader.reading ? (
        <IntakeReview
          key={`${reader.file?.sha256 ?? 'text'}:${reader.reading.text.length}`}
          reading={reader.reading}
          file={reader.file}
          onRegistered={(record, tasks) => setDone({ record, tasks })}
          onCancel={startOver}
        />
      ) : (
        <IntakeInput
          isBusy={reader.isBusy}
          busyMessage={reader.busyMessage}
          job={reader.job}
          onFile={(file) => void reader.readFile(file)}
          onText={(text) => void reader.readText(text)}
          onCancelJob={reader.cancelJob}
        />
      )}
    </div>
  );
}
