import { useEffect, useState } from 'react';
import type { JobInfo } from '@shared/contract/app';
import type { StagedFile } from '@shared/contract/incoming';
import type { IntakeReading } from '@shared/contract/intake';
import { call, subscribe } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';

/**
 * Reading a dropped file or pasted text: a .txt is read in the browser; other files are staged
 * (content-addressed, becoming the attachment) and read on the server, OCR jobs reporting progress.
 */
export function useIntakeReader() {
  const [reading, setReading] = useState<IntakeReading | null>(null);
  const [file, setFile] = useState<StagedFile | null>(null);
  const [busyMessage, setBusyMessage] = useState<string | null>(null);
  const [job, setJob] = useState<JobInfo | null>(null);

  useEffect(
    () =>
      subscribe('jobs.progressed', (info) => {
        if (info.kind !== 'intake.ocr') return;
        setJob(info.state === 'running' ? info : null);
      }),
    [],
  );

  async function run(work: () => Promise<void>, message: string) {
    setBusyMessage(message);
    try {
      await work();
    } catch (error) {
      notifyError(error, vi.intake.readFailed);
    } finally {
      setBusyMessage(null);
      setJob(null);
    }
  }

  function readText(text: string) {
    return run(async () => {
      const result = await call('intake.read', { text });
      setFile(null);
      setReading(result);
    }, vi.intake.reading);
  }

  function readFile(dropped: File) {
    return run(async () => {
      if (dropped.name.toLowerCase().endsWith('.txt')) {
        const result = await call('intake.read', { text: await dropped.text() });
        setFile(null);
        setReading(result);
        return;
      }
      setBusyMessage(vi.intake.uploading);
      const staged = await call('attachments.stage', { name: dropped.name, data: new Uint8Array(await dropped.arrayBuffer()) });
      setBusyMessage(vi.intake.reading);
      const result = await call('intake.read', { file: { sha256: staged.sha256, name: staged.name } });
      setFile(staged);
      setReading(result);
    }, vi.intake.uploading);
  }

  return {
    reading,
    file,
    isBusy: busyMessage !== null,
    busyMessage,
    job,
    readText,
    readFile,
    cancelJob: (id: string) => void call('jobs.cancel', { id }).catch(notifyError),
    reset: () => {
      setReading(null);
      setFile(null);
    },
  };
}
