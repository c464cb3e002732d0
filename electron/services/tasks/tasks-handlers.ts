import type { followUpContract, tasksContract } from '@shared/contract/tasks';
import { listFollowUp } from '../../db/repositories/follow-up-repository';
import type { HandlersFor } from '../../api/handler-types';
import { actorOf, canSeeSecret } from '../access';
import type { ServiceContext } from '../context';
import { bulkTasks, extendTask, transitionTask } from './task-workflow';
import { createTask, dueTasks, getTask, listTasks, updateTask } from './tasks-service';

export function createTasksHandlers(ctx: ServiceContext): HandlersFor<typeof tasksContract & typeof followUpContract> {
  return {
    'tasks.create': (input, call) => createTask(ctx, input, actorOf(call)),
    'tasks.get': (input) => getTask(ctx, input.id),
    'tasks.list': (input, call) => listTasks(ctx, input, canSeeSecret(call)),
    'tasks.update': (input, call) => updateTask(ctx, input, actorOf(call)),
    'tasks.transition': (input, call) => transitionTask(ctx, input, actorOf(call)),
    'tasks.extend': (input, call) => extendTask(ctx, input, actorOf(call)),
    'tasks.bulk': (input, call) => bulkTasks(ctx, input, actorOf(call)),
    'tasks.due': (input, call) => dueTasks(ctx, input.within, canSeeSecret(call)),
    'tasks.followUp': (input, call) =>
      listFollowUp(
        ctx.db,
        {
          year: input.year,
          receivedFrom: input.receivedFrom ?? null,
          receivedTo: input.receivedTo ?? null,
          includeSecret: canSeeSecret(call),
          today: ctx.clock.today(),
        },
        input.cursor ?? null,
        input.limit,
      ),
  };
}
