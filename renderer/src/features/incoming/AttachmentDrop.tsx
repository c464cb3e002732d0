import { Badge, CloseButton, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import type { StagedFile } from '@shared/contract/incoming';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';

const ACCEPT = ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.png', '.jpg', '.jpeg', '.tif', '.tiff'];

/** Uploads dropped or picked files as they arrive (content-addressed on the server) and lists them. */
export async function stageFiles(files: File[]): Promise<StagedFile[]> {
  const staged: StagedFile[] = [];
  for (const file of files) {
    try {
      staged.push(await call('attachments.stage', { name: file.name, data: new Uint8Array(await file.arrayBuffer()) }));
    } catch (error) {
      notifyError(error);
    }
  }
  return staged;
}

export function AttachmentDrop(props: { files: StagedFile[]; onChange(files: StagedFile[]): void }) {
  const [isUploading, setUploading] = useState(false);
  async function add(files: File[]) {
    setUploading(true);
    try {
      const staged = await stageFiles(files);
      props.onChange([...props.files, ...staged.filter((s) => !props.files.some((f) => f.sha256 === s.sha256))]);
    } finally {
      setUploading(false);
    }
  }
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {vi.incomingForm.attachments}
      </Text>
      <Dropzone onDrop={add} accept={ACCEPT} loading={isUploading} p="sm" data-testid="incoming-dropzone">
        <Group gap="xs" justify="center" mih={36} style={{ pointerEvents: 'none' }}>
          <IconPaperclip size={18} />
          <Text size="sm" c="dimmed">
            {isUploading ? vi.incomingForm.uploading : vi.incomingForm.dropHint}
          </Text>
        </Group>
      </Dropzone>
      <Group gap={6}>
        {props.files.map((file) => (
          <Badge
            key={file.sha256}
            variant="light"
            size="lg"
            rightSection={
              <CloseButton
                size="xs"
                onClick={() => props.onChange(props.files.filter((f) => f.sha256 !== file.sha256))}
                aria-label={file.name}
              />
            }
          >
            {file.name} · {Math.max(1, Math.round(file.size / 1024))} KB
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}
