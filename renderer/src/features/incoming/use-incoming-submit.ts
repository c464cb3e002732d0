import { useState } from 'react';
import type { DuplicateMatch, IncomingRecord } from '@shared/contract/incoming';
import { AppError } from '@shared/errors';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { type IncomingFormValues, toInput } from './form-values';

/**
 * Saving the registration form: register or update; a DUPLICATE answer is held so the clerk sees
 * the earlier record and can confirm; field errors go back to the form.
 */
export function useIncomingSubmit(options: {
  record: IncomingRecord | null;
  setErrors(errors: Record<string, string>): void;
  onSaved(record: IncomingRecord, andNext: boolean): void;
}) {
  const [isSaving, setSaving] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);

  async function save(values: IncomingFormValues, andNext: boolean, confirmDuplicate = false) {
    setSaving(true);
    try {
      const input = toInput(values);
      const saved = options.record
        ? await call('incoming.update', { ...input, id: options.record.id, version: options.record.version })
        : await call('incoming.register', { ...input, confirmDuplicate });
      setDuplicates(null);
      options.onSaved(saved, andNext);
    } catch (error) {
      if (error instanceof AppError && error.code === 'DUPLICATE' && isDuplicateDetails(error.details)) {
        setDuplicates(error.details.duplicates);
      } else {
        if (error instanceof AppError && error.fields) options.setErrors(error.fields);
        notifyError(error);
      }
    } finally {
      setSaving(false);
    }
  }

  return { isSaving, duplicates, clearDuplicates: () => setDuplicates(null), save };
}

function isDuplicateDetails(details: unknown): details is { duplicates: DuplicateMatch[] } {
  return typeof details === 'object' && details !== null && Array.isArray((details as { duplicates?: unknown }).duplicates);
}
