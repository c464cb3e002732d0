import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Draft } from '@shared/drafting/draft-schema';
import { applyFix, type Finding } from '@shared/format-check/index';
import { notifyError } from '../../components/notify';
import { AppError } from '@shared/errors';
import { vi } from '../../locale/vi';

const COLORS = { error: 'red', warning: 'orange', info: 'blue' } as const;

/** The format checker's findings, live; a mechanical fix is one click. */
export function FindingsPanel(props: { draft: Draft; findings: Finding[]; isReadOnly: boolean; onFix(next: Draft): void }) {
  const t = vi.drafts;
  return (
    <Paper withBorder p="sm" data-testid="draft-findings">
      <Title order={6} mb="xs">
        {t.findings}
      </Title>
      {props.findings.length === 0 ? (
        <Text size="sm" c="teal.7">
          {t.noFindings}
        </Text>
      ) : null}
      <Stack gap={6}>
        {props.findings.map((finding) => (
          <Group
            key={`${finding.code}-${finding.location.path ?? finding.location.line}-${finding.location.excerpt}`}
            justify="space-between"
            wrap="nowrap"
            align="flex-start"
          >
            <div>
              <Badge size="xs" color={COLORS[finding.severity]} mr={6}>
                {t.severity[finding.severity]}
              </Badge>
              <Text span size="sm">
                {finding.message}
              </Text>
              {finding.fix ? (
                <Text size="xs" c="dimmed">
                  {finding.fix.description}
                </Text>
              ) : null}
            </div>
            {finding.fix?.edit && !props.isReadOnly ? (
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => {
                  const result = applyFix(props.draft, finding);
                  if (result.ok) props.onFix(result.draft);
                  else notifyError(new AppError('VALIDATION', result.message));
                }}
              >
                {t.fix}
              </Button>
            ) : null}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
