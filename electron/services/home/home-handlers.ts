import type { homeContract } from '@shared/contract/home';
import type { remindersContract } from '@shared/contract/reminders';
import { pollReminders } from '../tasks/reminders-service';
import type { HandlersFor } from '../../api/handler-types';
import { canSeeSecret } from '../access';
import type { ServiceContext } from '../context';
import { homeSummary } from './home-service';

export function createHomeHandlers(ctx: ServiceContext): HandlersFor<typeof homeContract & typeof remindersContract> {
  return {
    'home.summary': (_input, call) => homeSummary(ctx, canSeeSecret(call)),
    'reminders.poll': (_input, call) => pollReminders(ctx, canSeeSecret(call)),
  };
}
