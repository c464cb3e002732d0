import type { homeContract } from '@shared/contract/home';
import type { HandlersFor } from '../../api/handler-types';
import { canSeeSecret } from '../access';
import type { ServiceContext } from '../context';
import { homeSummary } from './home-service';

export function createHomeHandlers(ctx: ServiceContext): HandlersFor<typeof homeContract> {
  return { 'home.summary': (_input, call) => homeSummary(ctx, canSeeSecret(call)) };
}
