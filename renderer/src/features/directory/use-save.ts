import { useState } from 'react';
import { serverFieldErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';

/** Saving a directory form: busy flag, success notice and close, or the server's field errors. */
export function useSave(options: { setErrors(errors: Record<string, string>): void; onClose(): void }) {
  const [isSaving, setSaving] = useState(false);
  async function run(save: () => Promise<unknown>) {
    setSaving(true);
    try {
      await save();
      notifySaved();
      options.onClose();
    } catch (error) {
      options.setErrors(serverFieldErrors(error));
      notifyError(error);
    } finally {
      setSaving(false);
    }
  }
  return { isSaving, run };
}
