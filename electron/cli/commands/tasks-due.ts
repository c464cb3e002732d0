import { TASK_STATUS_LABELS } from '@shared/domain/task-status';
import { AppError } from '@shared/errors';
import { daysBetween, formatDateVi } from '@shared/text/dates';
import { hasFlag, stringFlag } from '../args';
import type { CliCommand } from '../command';
import { callApi, openRuntime } from '../runtime-for-cli';

export const tasksDueCommand: CliCommand = {
  words: ['tasks', 'due'],
  summary: 'Công việc quá hạn và đến hạn trong N ngày tới',
  usage: 'vanthu tasks due [--within 7] [--today YYYY-MM-DD] [--json] [--data-dir DIR]',
  booleanFlags: ['json'],
  async run(args, io) {
    const within = Number(stringFlag(args, 'within') ?? '7');
    if (!Number.isInteger(within) || within < 0) throw new AppError('VALIDATION', 'Số ngày (--within) phải là số nguyên không âm.');
    const runtime = await openRuntime(args);
    try {
      const tasks = await callApi(runtime, 'tasks.due', { within });
      if (hasFlag(args, 'json')) {
        io.out(JSON.stringify(tasks, null, 2));
        return 0;
      }
      io.out(`Công việc quá hạn hoặc đến hạn trong ${within} ngày (tính từ ${formatDateVi(runtime.ctx.clock.today())}): ${tasks.length}`);
      const today = runtime.ctx.clock.today();
      for (const t of tasks) {
        const days = t.deadline ? daysBetween(today, t.deadline) : 0;
        const mark = t.deadlineState === 'qua_han' ? `QUÁ HẠN ${-days} ngày` : days === 0 ? 'hạn hôm nay' : `còn ${days} ngày`;
        io.out(
          `${formatDateVi(t.deadline)}  [${mark}]  ${t.leadUnitName ?? t.leadText}: ${t.content} (${TASK_STATUS_LABELS[t.status]}${t.documentLabel ? `; ${t.documentLabel}` : ''})`,
        );
      }
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
