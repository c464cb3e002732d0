import type { ApiInput } from '@shared/contract';
import type { JobInfo } from '@shared/contract/app';
import type { ExportResult } from '@shared/contract/reports';
import { useEffect, useState } from 'react';
import { call, subscribe } from '../../api/client';
import { notifyError } from '../../components/notify';

export interface ExportJobState {
  job: JobInfo | null;
  result: ExportResult | null;
  fileName: string | null;
}

/** Starts reports.export and follows its job through jobs.progressed until done, failed or cancelled. */
export function useExportJob() {
  const [state, setState] = useState<ExportJobState>({ job: null, result: null, fileName: null });
  const jobId = state.job?.id ?? null;
  useEffect(() => {
    if (!jobId) return undefined;
    return subscribe('jobs.progressed', (info) => {
      if (info.id !== jobId) return;
      setState((s) => ({ ...s, job: info, result: info.state === 'done' ? (info.result as ExportResult) : s.result }));
    });
  }, [jobId]);

  async function start(input: ApiInput<'reports.export'>) {
    try {
      const started = await call('reports.export', input);
      setState({
        job: { id: started.jobId, kind: 'reports.export', state: 'running', done: 0, total: 0, message: null, startedAt: Date.now() },
        result: null,
        fileName: started.fileName,
      });
    } catch (error) {
      notifyError(error);
    }
  }

  async function cancel() {
    if (jobId) await call('jobs.cancel', { id: jobId }).catch(notifyError);
  }

  return { ...state, start, cancel };
}
