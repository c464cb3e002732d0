import { Alert, Anchor, Button, Group, Progress, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { vi } from '../../locale/vi';
import type { ExportJobState } from './use-export-job';

/** The running export's progress bar with Hủy, then the download link, or why it failed. */
export function ExportJobStatus(props: ExportJobState & { onCancel: () => void }) {
  const t = vi.reports.job;
  const { job, result } = props;
  if (!job) return null;
  if (job.state === 'running') {
    const value = job.total > 0 ? (job.done / job.total) * 100 : 5;
    return (
      <Group data-testid="export-progress" gap="sm" align="center">
        <Progress value={value} striped animated w={320} />
        <Text size="sm">{job.message ?? t.running}</Text>
        <Button variant="subtle" color="red" size="xs" onClick={props.onCancel} data-testid="export-cancel">
          {t.cancel}
        </Button>
      </Group>
    );
  }
  if (job.state === 'done' && result) {
    return (
      <Alert color="teal" data-testid="export-done" title={t.done(result.fileName)}>
        <Group gap="md">
          <Text size="sm">{t.summary(result.rows, result.pages)}</Text>
          <Anchor href={result.url} download={result.fileName} data-testid="export-download">
            <Group gap={4}>
              <IconDownload size={16} />
              {t.download}
            </Group>
          </Anchor>
        </Group>
      </Alert>
    );
  }
  return (
    <Alert
      color={job.state === 'cancelled' ? 'gray' : 'red'}
      title={job.state === 'cancelled' ? t.cancelled : t.failed}
      data-testid="export-failed"
    >
      {job.state === 'failed' ? job.message : null}
    </Alert>
  );
}
