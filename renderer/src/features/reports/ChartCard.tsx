import { Button, Group, Paper, Text } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { type ReactNode, useRef } from 'react';
import { vi } from '../../locale/vi';
import { downloadChartPng } from './chart-png';

/** A titled chart with its "Tải ảnh PNG" button. */
export function ChartCard(props: { title: string; fileName: string; testId: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <Paper withBorder p="md" data-testid={props.testId}>
      <Group justify="space-between" mb="sm">
        <Text fw={600}>{props.title}</Text>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPhoto size={14} />}
          onClick={() => void downloadChartPng(ref.current, props.fileName, props.title)}
          data-testid={`${props.testId}-png`}
        >
          {vi.reports.statistics.png}
        </Button>
      </Group>
      <div ref={ref}>{props.children}</div>
    </Paper>
  );
}
