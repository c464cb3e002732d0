import type { tasksContract } from '@shared/contract/tasks';
import type { HandlersFor } from '../../api/handler-types';
import { actorOf, canSeeSecret } from '../access';
import type { ServiceContext } from '../context';
import { bulkTasks, extendTask, transitionTask } from './task-workflow';
import { createTask, dueTasks, getTask, listTasks, updateTask } from './tasks-service';

export function createTasksHandlers(ctx: ServiceContext): HandlersFor<typeof tasksContract> {
  return {
    'tasks.create': (input, call) => createTask(ctx, input, actorOf(call)),
    'tasks.get': (input) => getTask(ctx, input.id),
    'tasks.list': (input, call) => listTasks(ctx, input, canSeeSecret(call)),
    'tasks.update': (input, call) => updateTask(ctx, input, actorOf(call)),
    'tasks.transition': (input, call) => transitionTask(ctx, input, actorOf(call)),
    'tasks.extend': (input, call) => extendTask(ctx, input, actorOf(call)),
    'tasks.bulk': (input, call) => bulkTasks(ctx, input, actorOf(call)),
    'tasks.due': (input, call) => dueTasks(ctx, input.within, canSeeSecret(call)),
  };
}
