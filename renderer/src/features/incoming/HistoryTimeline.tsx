import { Text, Timeline } from '@mantine/core';
import type { HistoryEntry } from '@shared/contract/incoming';
import { formatDateVi } from '@shared/text/dates';
import { vi } from '../../locale/vi';

function when(at: number): string {
  const d = new Date(at);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')} ${formatDateVi(iso)}`;
}

/** Who changed what and when: each field's old value → new value. */
export function HistoryTimeline(props: { history: HistoryEntry[] }) {
  const t = vi.incomingDetail;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="incoming-history">
      {props.history.map((entry) => (
        <Timeline.Item key={entry.id} title={`${t.historyActions[entry.action]} · ${when(entry.at)}${t.by(entry.actor)}`}>
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
