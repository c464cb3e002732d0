import { Button, Group, Loader, Progress, Stack, Text, Textarea } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { JobInfo } from '@shared/contract/app';
import { vi } from '../../locale/vi';

const t = vi.intake;
const ACCEPT = ['.txt', '.docx', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff'];

/** Drop a file or paste the text; while reading, the OCR job's page-by-page progress. */
export function IntakeInput(props: {
  isBusy: boolean;
  busyMessage: string | null;
  job: JobInfo | null;
  onFile(file: File): void;
  onText(text: string): void;
  onCancelJob(id: string): void;
}) {
  const [text, setText] = useState('');
  const readText = () => {
    if (text.trim() !== '') props.onText(text);
  };
  const job = props.job;
  return (
    <Stack gap="md" maw={900}>
      <Dropzone
        onDrop={(files) => files[0] && props.onFile(files[0])}
        accept={ACCEPT}
        multiple={false}
        disabled={props.isBusy}
        p="xl"
        data-testid="intake-dropzone"
      >
        <Stack align="center" gap={6} mih={120} justify="center" style={{ pointerEvents: 'none' }}>
          <IconFileImport size={40} stroke={1.4} />
          <Text fw={500}>{t.dropHint}</Text>
          <Text size="sm" c="dimmed">
            {t.dropTypes}
          </Text>
        </Stack>
      </Dropzone>
      {props.isBusy ? (
        <Stack gap={6} data-testid="intake-busy">
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{job?.message ?? props.busyMessage ?? t.reading}</Text>
          </Group>
          {job && job.total > 0 ? <Progress value={(100 * job.done) / job.total} size="sm" animated /> : null}
          {job ? (
            <Group>
              <Button variant="default" size="xs" onClick={() => props.onCancelJob(job.id)}>
                {t.cancelOcr}
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
      <Textarea
        label={t.pasteLabel}
        placeholder={t.pasteHint}
        autosize
        minRows={6}
        maxRows={16}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={getHotkeyHandler([['mod+Enter', readText]])}
        disabled={props.isBusy}
        data-testid="intake-paste"
      />
      <Group>
        <Button onClick={readText} disabled={props.isBusy || text.trim() === ''} data-testid="intake-read">
          {t.readPasted}
        </Button>
      </Group>
    </Stack>
  );
}
