import type { tasksContract } from '@shared/contract/tasks';
import type { HandlersFor } from '../../api/handler-types';
import { actorOf, canSeeSecret } from '../access';
import type { ServiceContext } from '../context';
import { createTask, getTask, listTasks, updateTask } from './tasks-service';

export function createTasksHandlers(ctx: ServiceContext): HandlersFor<typeof tasksContract> {
  return {
    'tasks.create': (input, call) => createTask(ctx, input, actorOf(call)),
    'tasks.get': (input) => getTask(ctx, input.id),
    'tasks.list': (input, call) => listTasks(ctx, input, canSeeSecret(call)),
    'tasks.update': (input, call) => updateTask(ctx, input, actorOf(call)),
  };
}
