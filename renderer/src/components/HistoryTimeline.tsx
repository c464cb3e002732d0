import { Text, Timeline } from '@mantine/core';
import type { FieldChange } from '@shared/contract/incoming';
import { formatDateVi } from '@shared/text/dates';

export interface TimelineEntry {
  id: number;
  at: number;
  actor: string | null;
  action: string;
  changes: FieldChange[];
}

function when(at: number): string {
  const d = new Date(at);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')} ${formatDateVi(iso)}`;
}

/** Who changed what and when: each field's old value → new value. */
export function HistoryTimeline(props: { history: readonly TimelineEntry[]; actionLabels: Record<string, string> }) {
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="incoming-history">
      {props.history.map((entry) => (
        <Timeline.Item
          key={entry.id}
          title={`${props.actionLabels[entry.action] ?? entry.action} · ${when(entry.at)}${entry.actor ? ` · ${entry.actor}` : ''}`}
        >
          {entry.changes.map((change) => (
            <Text key={change.field} size="sm">
              <b>{change.label}:</b> {change.old ?? '—'} → {change.new ?? '—'}
            </Text>
          ))}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
