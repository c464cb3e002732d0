import { useCallback } from 'react';
import { call } from '../api/client';
import { useNav } from '../stores/nav-store';
import { notifyError } from './notify';

/** "Soạn văn bản trả lời": creates the reply draft (linked to the document and the task) and opens it. */
export function useReplyDraft() {
  const navigate = useNav((s) => s.navigate);
  return useCallback(
    (input: { incomingId: number; taskId?: number | null; draftingUnitId?: number | null }) =>
      call('drafts.create', {
        replyToIncomingId: input.incomingId,
        taskId: input.taskId ?? null,
        draftingUnitId: input.draftingUnitId ?? null,
      })
        .then((draft) => navigate('drafts', [String(draft.id)]))
        .catch(notifyError),
    [navigate],
  );
}
