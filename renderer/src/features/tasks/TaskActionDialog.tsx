import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { ACTIONS_NEEDING_REASON, TASK_ACTION_LABELS, type TaskAction } from '@shared/domain/task-status';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { DATE_HINT, DATE_INPUT_PROPS } from '../incoming/date-input-props';

export type DialogKind = TaskAction | 'extend';

/** The confirmation of a task action: a reason when needed, the result when completing, the new deadline when extending. */
export function TaskActionDialog(props: { taskIds: number[]; kind: DialogKind; today: string; onClose(): void }) {
  const [reason, setReason] = useState('');
  const [date, setDate] = useState<string | null>(props.kind === 'complete' ? props.today : null);
  const [isSaving, setSaving] = useState(false);
  const t = vi.taskDetail;
  const needsReason = props.kind === 'extend' || (props.kind !== 'complete' && ACTIONS_NEEDING_REASON.has(props.kind));
  const title = props.kind === 'extend' ? t.extend : TASK_ACTION_LABELS[props.kind];
  async function confirm() {
    setSaving(true);
    try {
      const [id] = props.taskIds;
      if (props.taskIds.length > 1 && (props.kind === 'extend' || props.kind === 'complete')) {
        await call('tasks.bulk', {
          action: props.kind,
          ids: props.taskIds,
          newDeadline: date,
          reason: reason || null,
          completedDate: date,
        });
      } else if (id !== undefined && props.kind === 'extend') {
        await call('tasks.extend', { id, newDeadline: date ?? '', reason });
      } else if (id !== undefined && props.kind !== 'extend') {
        await call('tasks.transition', {
          id,
          action: props.kind,
          reason: reason || null,
          completedDate: props.kind === 'complete' ? date : null,
          resultNote: props.kind === 'complete' ? reason || null : null,
        });
      }
      props.onClose();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal opened onClose={props.onClose} title={title}>
      <Stack>
        {props.kind === 'extend' || props.kind === 'complete' ? (
          <DateInput
            label={props.kind === 'extend' ? t.newDeadline : t.completedDate}
            withAsterisk
            {...DATE_INPUT_PROPS}
            placeholder={DATE_HINT}
            value={date}
            onChange={setDate}
            data-testid="task-dialog-date"
          />
        ) : null}
        <Textarea
          label={props.kind === 'complete' ? t.resultNote : t.reason}
          withAsterisk={needsReason}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          data-testid="task-dialog-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {vi.app.cancel}
          </Button>
          <Button
            loading={isSaving}
            disabled={(needsReason && !reason.trim()) || (props.kind === 'extend' && !date)}
            onClick={() => void confirm()}
            data-testid="task-dialog-confirm"
          >
            {t.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
