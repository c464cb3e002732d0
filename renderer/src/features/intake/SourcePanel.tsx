import { Alert, Badge, Group, Paper, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import type { StagedFile } from '@shared/contract/incoming';
import type { IntakeReading } from '@shared/contract/intake';
import { vi } from '../../locale/vi';
import { DocumentText } from './DocumentText';

const t = vi.intake;

/** Left side: the text read, highlighted; for a PDF or a scan, the original file one click away. */
export function SourcePanel(props: { reading: IntakeReading; file: StagedFile | null; activeKey: string | null }) {
  const { reading, file } = props;
  const [view, setView] = useState<'text' | 'original'>('text');
  const canShowOriginal = file !== null && (file.mime === 'application/pdf' || file.mime.startsWith('image/'));
  const url = file ? `/files/${file.sha256}?name=${encodeURIComponent(file.name)}` : '';
  return (
    <Paper withBorder p="xs" radius="sm">
      <Group justify="space-between" mb={4}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {t.documentTitle}
          </Text>
          <Badge variant="light" color="gray" tt="none" data-testid="intake-source">
            {t.sourceLabels[reading.source]}
            {file ? ` · ${file.name}` : ''}
          </Badge>
        </Group>
        {canShowOriginal ? (
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(value) => setView(value === 'original' ? 'original' : 'text')}
            data={[
              { value: 'text', label: t.showText },
              { value: 'original', label: t.showOriginal },
            ]}
          />
        ) : null}
      </Group>
      {reading.confidence !== null ? (
        <Alert color={reading.lowConfidence.length > 0 ? 'orange' : 'blue'} p={6} mb={4}>
          <Text size="xs">
            {t.ocrConfidence(reading.confidence)}
            {reading.lowConfidence.length > 0 ? ` — ${t.lowConfidenceNote}` : ''}
          </Text>
        </Alert>
      ) : null}
      {view === 'original' && canShowOriginal ? (
        file.mime === 'application/pdf' ? (
          <iframe title={file.name} src={url} style={{ width: '100%', height: 'calc(100vh - 230px)', border: 0 }} />
        ) : (
          <img src={url} alt={file.name} style={{ width: '100%' }} />
        )
      ) : (
        <DocumentText text={reading.text} spans={reading.spans} lowConfidence={reading.lowConfidence} activeKey={props.activeKey} />
      )}
    </Paper>
  );
}
