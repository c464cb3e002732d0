/** Messages between the job runner (UI-answering thread) and a job's worker thread. */
export type WorkerToRunner =
  | { type: 'progress'; done: number; total: number; message: string | null }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; code: string; message: string };

export type RunnerToWorker = { type: 'cancel' };

export interface JobWorkerData {
  kind: string;
  params: unknown;
  dataDir: string;
}

/** What a job implementation gets inside its worker. */
export interface JobContext<P> {
  params: P;
  dataDir: string;
  progress(done: number, total: number, message?: string): void;
  /** True once cancel was requested; long loops check it and throw CANCELLED. */
  isCancelled(): boolean;
}

export type JobImpl<P = unknown, R = unknown> = (ctx: JobContext<P>) => Promise<R> | R;
