import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { IncomingRecord, StagedFile } from '@shared/contract/incoming';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { emptyValues, valuesFromRecord } from './form-values';
import { IncomingForm } from './IncomingForm';

const LAST_SERIES_KEY = 'vanthu.incoming.lastSeries';

/**
 * Registration (or edit) in a modal. After "Lưu và đăng ký tiếp" the form opens again, empty, keeping
 * today and the series just used.
 */
export function IncomingFormModal(props: {
  record: IncomingRecord | null;
  initialFiles?: StagedFile[];
  onClose(): void;
  onOpenDocument(id: number): void;
}) {
  const today = useAppStore((s) => s.info?.today ?? new Date().toISOString().slice(0, 10));
  const [round, setRound] = useState(0);
  const initial = props.record
    ? valuesFromRecord(props.record)
    : { ...emptyValues(today, localStorage.getItem(LAST_SERIES_KEY)), attachments: round === 0 ? (props.initialFiles ?? []) : [] };

  function onSaved(saved: IncomingRecord, andNext: boolean) {
    if (!props.record) {
      if (!saved.secrecy) localStorage.setItem(LAST_SERIES_KEY, String(saved.seriesId));
      notifications.show({ color: 'teal', message: vi.incomingForm.saved(saved.number, saved.year), autoClose: 4000 });
    } else {
      notifications.show({ color: 'teal', message: vi.incomingForm.updated, autoClose: 2500 });
    }
    if (andNext && !props.record) setRound((r) => r + 1);
    else props.onClose();
  }

  const title = props.record ? vi.incomingForm.titleEdit(props.record.number, props.record.year) : vi.incomingForm.titleNew;
  return (
    <Modal opened onClose={props.onClose} title={title} size="xl" closeOnClickOutside={false} data-testid="incoming-form-modal">
      <IncomingForm
        key={round}
        initial={initial}
        record={props.record}
        onSaved={onSaved}
        onCancel={props.onClose}
        onOpenDocument={(id) => {
          props.onClose();
          props.onOpenDocument(id);
        }}
      />
    </Modal>
  );
}
