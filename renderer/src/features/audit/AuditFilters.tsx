import { Group, Select, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { AuditOutcome } from '@shared/contract/audit';
import { AUDIT_OUTCOME_LABELS, auditActionLabel } from '@shared/domain/audit-labels';
import { vi } from '../../locale/vi';
import { DATE_INPUT_PROPS } from '../incoming/date-input-props';

export interface AuditFilterValues {
  from: string | null;
  to: string | null;
  userName: string;
  action: string | null;
  outcome: AuditOutcome | null;
  text: string;
}

export const EMPTY_FILTER: AuditFilterValues = { from: null, to: null, userName: '', action: null, outcome: null, text: '' };

/** Date range, user, action, outcome and free text over the trail. */
export function AuditFilters(props: { value: AuditFilterValues; actions: string[]; onChange(next: AuditFilterValues): void }) {
  const t = vi.audit;
  const v = props.value;
  const set = (patch: Partial<AuditFilterValues>) => props.onChange({ ...v, ...patch });
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <DateInput label={t.from} {...DATE_INPUT_PROPS} value={v.from} onChange={(value) => set({ from: value })} w={150} />
      <DateInput label={t.to} {...DATE_INPUT_PROPS} value={v.to} onChange={(value) => set({ to: value })} w={150} />
      <TextInput
        label={t.user}
        value={v.userName}
        onChange={(e) => set({ userName: e.currentTarget.value })}
        w={150}
        data-testid="audit-user"
      />
      <Select
        label={t.action}
        placeholder={t.anyAction}
        data={props.actions.map((action) => ({ value: action, label: auditActionLabel(action) }))}
        value={v.action}
        onChange={(value) => set({ action: value })}
        clearable
        searchable
        w={240}
        data-testid="audit-action"
      />
      <Select
        label={t.outcome}
        placeholder={t.anyOutcome}
        data={Object.entries(AUDIT_OUTCOME_LABELS).map(([value, label]) => ({ value, label }))}
        value={v.outcome}
        onChange={(value) => set({ outcome: value as AuditOutcome | null })}
        clearable
        w={160}
      />
      <TextInput label={t.text} value={v.text} onChange={(e) => set({ text: e.currentTarget.value })} w={220} data-testid="audit-text" />
    </Group>
  );
}
