import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobInfo } from '@shared/contract/app';
import { createEventBus } from '../../../electron/services/events';
import { createJobRunner } from '../../../electron/services/jobs/job-runner';
import { createTestRuntime, type TestRuntime } from '../../helpers/test-runtime';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

describe('job runner', () => {
  it('runs the integrity check in a worker thread and reports progress as events', async () => {
    rt = createTestRuntime();
    const seen: JobInfo[] = [];
    rt.events.subscribe((event, payload) => {
      if (event === 'jobs.progressed') seen.push(payload as JobInfo);
    });
    const result = await rt.jobs.run<{ ok: boolean; problems: string[] }>('db.check', { quick: false });
    expect(result).toEqual({ ok: true, problems: [] });
    expect(seen.map((s) => s.state)).toContain('running');
    expect(seen.at(-1)).toMatchObject({ kind: 'db.check', state: 'done', done: 1, total: 1 });
    expect(rt.jobs.list()[0]).toMatchObject({ kind: 'db.check', state: 'done' });
  });

  it('fails an unknown job kind with a Vietnamese message', async () => {
    rt = createTestRuntime();
    await expect(rt.jobs.run('khong.ton.tai', {})).rejects.toThrow('Không có công việc nền "khong.ton.tai".');
  });

  it('cancels a running job and says so', async () => {
    const events = createEventBus();
    const runner = createJobRunner({
      dataDir: '/nonexistent',
      events,
      workerEntry: join(__dirname, '..', '..', 'fixtures', 'workers', 'slow-job-worker.ts'),
    });
    let id = '';
    const progressed = new Promise<void>((resolve) => {
      events.subscribe((_event, payload) => {
        if ((payload as JobInfo).done >= 3) resolve();
      });
    });
    const running = runner.run('slow', {}, { onStart: (info) => (id = info.id) });
    await progressed;
    expect(runner.cancel(id)).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(runner.list()[0]).toMatchObject({ id, state: 'cancelled' });
    expect(runner.cancel(id)).toBe(false);
  });
});
