import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '@shared/errors';
import type { JobContext, JobWorkerData, RunnerToWorker, WorkerToRunner } from '../services/jobs/job-protocol';
import { JOBS } from './registry';

/**
 * Entry of every job's worker thread: looks the job kind up in the registry, runs it with progress
 * and cancellation, and posts exactly one 'done' or 'failed' message.
 */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('job-worker must run in a worker thread');
  const data = workerData as JobWorkerData;
  let cancelled = false;
  port.on('message', (message: RunnerToWorker) => {
    if (message.type === 'cancel') cancelled = true;
  });
  const post = (message: WorkerToRunner) => port.postMessage(message);
  const impl = JOBS[data.kind];
  if (!impl) {
    post({ type: 'failed', code: 'INTERNAL', message: `Không có công việc nền "${data.kind}".` });
    return;
  }
  const ctx: JobContext<unknown> = {
    params: data.params,
    dataDir: data.dataDir,
    progress: (done, total, message) => post({ type: 'progress', done, total, message: message ?? null }),
    isCancelled: () => cancelled,
  };
  try {
    const result = await (impl as (ctx: JobContext<unknown>) => unknown)(ctx);
    post({ type: 'done', result });
  } catch (error) {
    if (error instanceof AppError) post({ type: 'failed', code: error.code, message: error.message });
    else post({ type: 'failed', code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
  }
}

void main();
