import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftRecord } from '@shared/contract/drafts';
import type { Draft } from '@shared/drafting/draft-schema';
import { AppError } from '@shared/errors';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';

const DELAY_MS = 1200;

/**
 * The draft being edited and its autosave: every change is saved a moment after typing stops, with
 * the version it started from; a "Lưu phiên bản" saves at once and keeps a version.
 */
export function useDraftAutosave(initial: DraftRecord) {
  const [record, setRecord] = useState(initial);
  const [content, setContent] = useState<Draft>(initial.content);
  const [isSaving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const pending = useRef<Draft | null>(null);
  const versionRef = useRef(initial.version);

  const flush = useCallback(
    async (snapshot = false) => {
      const next = pending.current;
      if (!next && !snapshot) return;
      pending.current = null;
      setSaving(true);
      try {
        const saved = await call('drafts.save', { id: initial.id, version: versionRef.current, content: next ?? content, snapshot });
        versionRef.current = saved.version;
        setRecord(saved);
        setSavedAt(Date.now());
      } catch (error) {
        if (error instanceof AppError && error.code === 'CONFLICT') {
          const fresh = await call('drafts.get', { id: initial.id });
          versionRef.current = fresh.version;
          setRecord(fresh);
          setContent(fresh.content);
        }
        notifyError(error);
      } finally {
        setSaving(false);
      }
    },
    [initial.id, content],
  );

  const flushRef = useRef(flush);
  flushRef.current = flush;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const update = useCallback((next: Draft) => {
    pending.current = next;
    setContent(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), DELAY_MS);
  }, []);

  const replaceRecord = useCallback((next: DraftRecord) => {
    versionRef.current = next.version;
    pending.current = null;
    setRecord(next);
    setContent(next.content);
  }, []);

  return { record, content, update, flush, isSaving, savedAt, replaceRecord };
}
