import { Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconSparkles } from '@tabler/icons-react';
import type { FieldSpan } from '@shared/extract';
import { vi } from '../../locale/vi';

const t = vi.intake;

/** Below this confidence a field read from the document is flagged for the clerk to check. */
export const LOW_CONFIDENCE = 0.7;

/**
 * The mark beside a field label: filled from the document (hover shows the source text) or doubtful
 * (low confidence, in orange).
 */
export function FieldSource(props: { span: FieldSpan | undefined; source: string; testId?: string }) {
  if (!props.span) return null;
  const isLow = props.span.confidence < LOW_CONFIDENCE;
  const label = (
    <div style={{ maxWidth: 420, whiteSpace: 'normal' }}>
      <strong>{isLow ? t.lowConfidence : t.extractedFrom}</strong> “{props.source}”
    </div>
  );
  return (
    <Tooltip label={label} withArrow multiline events={{ hover: true, focus: true, touch: true }}>
      <span
        role="img"
        aria-label={`${isLow ? t.lowConfidence : t.extracted}: ${props.source}`}
        data-testid={props.testId}
        data-low={isLow ? 'true' : undefined}
        style={{ display: 'inline-flex', verticalAlign: 'middle', marginLeft: 4, cursor: 'help' }}
      >
        {isLow ? (
          <IconAlertTriangle size={14} color="var(--mantine-color-orange-7)" />
        ) : (
          <IconSparkles size={14} color="var(--mantine-color-blue-6)" />
        )}
      </span>
    </Tooltip>
  );
}
