import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { JobInfo } from '@shared/contract/app';
import { AppError, type ErrorCode, isErrorCode } from '@shared/errors';
import type { EventBus } from '../events';
import type { JobWorkerData, RunnerToWorker, WorkerToRunner } from './job-protocol';

export interface JobRunner {
  /** Starts a job in its own worker thread; resolves with the job's result or rejects with AppError. */
  run<R>(kind: string, params: unknown, options?: { onStart?: (info: JobInfo) => void }): Promise<R>;
  list(): JobInfo[];
  cancel(id: string): boolean;
  /** Terminates every running job (app shutdown). */
  closeAll(): Promise<void>;
}

interface RunningJob {
  info: JobInfo;
  worker: Worker;
}

export interface JobRunnerOptions {
  dataDir: string;
  events: EventBus;
  /** The worker entry; defaults to the built job-worker.js or, from source, job-worker.ts through tsx. */
  workerEntry?: string;
  /** How long a cancelled job may take to stop by itself before it is terminated. */
  cancelGraceMs?: number;
}

/**
 * Runs long work (imports, exports, OCR, backups, reindexing) in worker_threads so the thread that
 * answers the UI never blocks, and reports progress as 'jobs.progressed' events.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const jobs = new Map<string, RunningJob>();
  const finished: JobInfo[] = [];
  const entry = options.workerEntry ?? defaultWorkerEntry();

  function publish(info: JobInfo, result?: unknown): void {
    options.events.emit('jobs.progressed', result === undefined ? { ...info } : { ...info, result });
  }

  function settle(job: RunningJob, state: JobInfo['state'], message: string | null): void {
    job.info = { ...job.info, state, message };
    jobs.delete(job.info.id);
    finished.unshift(job.info);
    finished.length = Math.min(finished.length, 20);
  }

  return {
    run<R>(kind: string, params: unknown, runOptions: { onStart?: (info: JobInfo) => void } = {}) {
      const id = randomUUID();
      const workerData: JobWorkerData = { kind, params, dataDir: options.dataDir };
      const worker = spawnWorker(entry, workerData);
      const job: RunningJob = {
        worker,
        info: { id, kind, state: 'running', done: 0, total: 0, message: null, startedAt: Date.now() },
      };
      jobs.set(id, job);
      runOptions.onStart?.(job.info);
      publish(job.info);
      return new Promise<R>((resolve, reject) => {
        let settled = false;
        worker.on('message', (message: WorkerToRunner) => {
          if (message.type === 'progress') {
            job.info = { ...job.info, done: message.done, total: message.total, message: message.message };
            publish(job.info);
          } else if (message.type === 'done') {
            settled = true;
            settle(job, 'done', null);
            publish(job.info, message.result);
            resolve(message.result as R);
            void worker.terminate();
          } else {
            settled = true;
            const cancelled = message.code === 'CANCELLED';
            settle(job, cancelled ? 'cancelled' : 'failed', message.message);
            publish(job.info);
            reject(new AppError(cancelled ? 'CANCELLED' : toCode(message.code), message.message));
            void worker.terminate();
          }
        });
        worker.on('error', (error: Error) => {
          if (settled) return;
          settled = true;
          settle(job, 'failed', error.message);
          publish(job.info);
          reject(new AppError('INTERNAL'));
        });
        worker.on('exit', () => {
          if (settled) return;
          settled = true;
          settle(job, 'cancelled', 'Đã hủy.');
          publish(job.info);
          reject(new AppError('CANCELLED'));
        });
      });
    },
    list() {
      return [...[...jobs.values()].map((j) => j.info), ...finished];
    },
    cancel(id) {
      const job = jobs.get(id);
      if (!job) return false;
      job.worker.postMessage({ type: 'cancel' } satisfies RunnerToWorker);
      setTimeout(() => void job.worker.terminate(), options.cancelGraceMs ?? 2000).unref();
      return true;
    },
    async closeAll() {
      await Promise.all([...jobs.values()].map((j) => j.worker.terminate()));
    },
  };
}

function toCode(code: string): ErrorCode {
  return isErrorCode(code) && code !== 'CANCELLED' ? code : 'INTERNAL';
}

/**
 * Starts a worker on a built .js entry, or on a .ts source through tsx's require hook (tests and
 * `npm run cli`); Node 20 does not apply `--import tsx` to a worker's entry module.
 */
function spawnWorker(entry: string, workerData: JobWorkerData): Worker {
  if (!entry.endsWith('.ts')) return new Worker(entry, { workerData });
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { eval: true, workerData });
}

/** The bundled worker next to the bundled main, else the TypeScript source run through tsx. */
export function defaultWorkerEntry(): string {
  // Bundled, this module may sit in out/main or in out/main/chunks.
  const built = [join(__dirname, 'job-worker.js'), join(__dirname, '..', 'job-worker.js')].find((file) => existsSync(file));
  return built ?? join(__dirname, '..', '..', 'workers', 'job-worker.ts');
}
